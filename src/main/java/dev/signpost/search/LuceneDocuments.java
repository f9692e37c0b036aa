package dev.signpost.search;

import dev.signpost.content.Document;
import dev.signpost.content.markdown.Heading;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A content document as the index holds it: its filter fields, facet doc values, and the text fields with their analyzers' input. */
final class LuceneDocuments {

    private static final FieldType BODY_TYPE = bodyType();

    private LuceneDocuments() {
    }

    static org.apache.lucene.document.Document of(Document doc) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(SearchFields.PATH, doc.path(), Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.PATH, new BytesRef(doc.path())));
        d.add(new StringField(SearchFields.TYPE, doc.type(), Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.TYPE, new BytesRef(doc.type())));
        String source = doc.origin() == null ? null : doc.origin().source();
        if (source != null) {
            d.add(new StringField(SearchFields.SOURCE, source, Field.Store.NO));
            d.add(new SortedDocValuesField(SearchFields.SOURCE, new BytesRef(source)));
        }
        for (String tag : doc.tags()) {
            d.add(new StringField(SearchFields.TAG, tag, Field.Store.NO));
            d.add(new SortedSetDocValuesField(SearchFields.TAG, new BytesRef(tag)));
        }
        if (doc.owner() != null && !doc.owner().isBlank()) {
            d.add(new StringField(SearchFields.OWNER, doc.owner(), Field.Store.NO));
        }
        for (String section : sections(doc.url())) {
            d.add(new StringField(SearchFields.SECTION, section, Field.Store.NO));
        }
        String headings = doc.headings().stream().map(Heading::text).collect(Collectors.joining("\n"));
        d.add(new TextField(SearchFields.TITLE, doc.title(), Field.Store.NO));
        d.add(new TextField(SearchFields.HEADINGS, headings, Field.Store.NO));
        if (doc.description() != null && !doc.description().isBlank()) {
            d.add(new TextField(SearchFields.DESCRIPTION, doc.description(), Field.Store.NO));
        }
        d.add(new TextField(SearchFields.TAGS_TEXT, String.join(" ", doc.tags()), Field.Store.NO));
        d.add(new Field(SearchFields.BODY, doc.text(), BODY_TYPE));
        d.add(new TextField(SearchFields.IDENT, doc.title() + "\n" + headings + "\n" + doc.prose(), Field.Store.NO));
        d.add(new TextField(SearchFields.IDENT_ANYWHERE, doc.text(), Field.Store.NO));
        d.add(new TextField(SearchFields.SPELL, doc.title() + "\n" + doc.text(), Field.Store.NO));
        return d;
    }

    /** {@code /docs/a/b} is in the sections {@code /docs}, {@code /docs/a} and {@code /docs/a/b}. */
    static List<String> sections(String url) {
        List<String> sections = new ArrayList<>();
        for (int slash = url.indexOf('/', 1); slash > 0; slash = url.indexOf('/', slash + 1)) {
            sections.add(url.substring(0, slash));
        }
        if (url.length() > 1) {
            sections.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        return sections;
    }

    private static FieldType bodyType() {
        // not stored: snippets are highlighted from the documents in memory (SnippetHighlighter)
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
