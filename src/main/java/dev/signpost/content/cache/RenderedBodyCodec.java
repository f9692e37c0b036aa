package dev.signpost.content.cache;

import dev.signpost.content.markdown.RenderedBody;
import dev.signpost.content.markdown.Heading;
import dev.signpost.content.InternalLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A {@link RenderedBody} as bytes for the {@link RenderCache}: a magic number, the payload's length and CRC-32, then
 * the payload. Decoding anything else (a torn write, another format, a foreign file) gives null, never a body.
 */
final class RenderedBodyCodec {

    private static final int MAGIC = 0x53505242; // "SPRB"
    private static final int FORMAT = 1;

    private RenderedBodyCodec() {
    }

    static void encode(RenderedBody body, DataOutputStream out) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(body.html().length() * 2 + 128);
        DataOutputStream data = new DataOutputStream(payload);
        writeString(data, body.html());
        writeString(data, body.text());
        writeString(data, body.prose());
        data.writeBoolean(body.leadingH1() != null);
        if (body.leadingH1() != null) {
            writeString(data, body.leadingH1());
        }
        data.writeInt(body.headings().size());
        for (Heading heading : body.headings()) {
            data.writeInt(heading.level());
            writeString(data, heading.id());
            writeString(data, heading.text());
        }
        data.writeInt(body.anchors().size());
        for (String anchor : body.anchors()) {
            writeString(data, anchor);
        }
        data.writeInt(body.links().size());
        for (InternalLink link : body.links()) {
            writeString(data, link.href());
            writeString(data, link.url());
            writeString(data, link.anchor());
        }
        data.flush();
        byte[] bytes = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(bytes.length);
        out.writeLong(crc.getValue());
        out.write(bytes);
        out.flush();
    }

    static RenderedBody decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (bytes.length < 20 || in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return null;
            }
            int length = in.readInt();
            long checksum = in.readLong();
            if (length != bytes.length - 20) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 20, length);
            if (crc.getValue() != checksum) {
                return null;
            }
            String html = readString(in);
            String text = readString(in);
            String prose = readString(in);
            String leadingH1 = in.readBoolean() ? readString(in) : null;
            List<Heading> headings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                headings.add(new Heading(in.readInt(), readString(in), readString(in)));
            }
            Set<String> anchors = new LinkedHashSet<>();
            for (int i = in.readInt(); i > 0; i--) {
                anchors.add(readString(in));
            }
            List<InternalLink> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                links.add(new InternalLink(readString(in), readString(in), readString(in)));
            }
            return new RenderedBody(html, text, prose, leadingH1, List.copyOf(headings), java.util.Collections.unmodifiableSet(anchors),
                    List.copyOf(links));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad length");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
