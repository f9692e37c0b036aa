package dev.signpost.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The radar as SVG primitives for the template: ring circles, sector lines, labels and blips, coordinates already
 * formatted. Blips the filters leave out stay where they are, dimmed, so that a blip never moves between views.
 */
public record RadarView(String size, String center, List<Circle> rings, List<Line> sectors, List<Label> categoryLabels,
        List<Label> ringLabels, List<BlipView> blips) {

    private static final double LABEL_ROOM = 180;

    public record Circle(String r, String ring) {
    }

    public record Line(String x1, String y1, String x2, String y2) {
    }

    public record Label(String x, String y, String anchor, String text) {
    }

    /** One blip: where, its number, its tool, how it moved recently, and whether the filters keep it. */
    public record BlipView(String slug, String x, String y, String r, String textY, int number, String href, String title, String ring,
            String movement, String label, boolean shown) {
    }

    /** The radar with every blip shown; {@link #withShown} dims those a filter leaves out. */
    static RadarView of(Catalog catalog, LocalDate recentSince) {
        RadarLayout.Layout layout = catalog.layout();
        double c = layout.center();
        List<Circle> rings = new ArrayList<>();
        List<Label> ringLabels = new ArrayList<>();
        List<Double> radii = layout.ringRadii();
        for (int i = RadarLayout.RINGS - 1; i >= 0; i--) {
            Ring ring = Ring.values()[i];
            rings.add(new Circle(fmt(radii.get(i + 1)), ring.code()));
            ringLabels.add(new Label(fmt(c), fmt(c - radii.get(i + 1) + 14), "middle", ring.label()));
        }
        List<Line> sectors = new ArrayList<>();
        List<Label> categoryLabels = new ArrayList<>();
        double outer = radii.get(radii.size() - 1);
        int count = layout.sectors();
        for (int s = 0; s < count; s++) {
            double start = layout.sectorAngle(s);
            if (count > 1) {
                sectors.add(new Line(fmt(c), fmt(c), fmt(layout.x(outer, start)), fmt(layout.y(outer, start))));
            }
            double middle = start + Math.PI / count;
            double lx = layout.x(outer + 4, middle);
            double cos = Math.cos(middle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            double ly = layout.y(outer + 4, middle) + (Math.sin(middle) > 0.2 ? 12 : Math.sin(middle) < -0.2 ? -4 : 4);
            categoryLabels.add(new Label(fmt(lx), fmt(ly), anchor, catalog.categories().get(s)));
        }
        List<BlipView> blips = new ArrayList<>();
        for (RadarLayout.Blip blip : layout.blips()) {
            Tool tool = catalog.bySlug().get(blip.key());
            Movement movement = tool.movedSince(recentSince);
            int number = catalog.number(tool);
            String label = number + ". " + tool.title() + " — " + tool.ring().label() + ", " + tool.category()
                    + (movement.moved() ? ", " + movement.label().toLowerCase(Locale.ROOT) : "");
            blips.add(new BlipView(tool.slug(), fmt(blip.x()), fmt(blip.y()), fmt(layout.blipRadius()),
                    fmt(blip.y() + layout.blipRadius() * 0.38), number, tool.href(), tool.title(), tool.ring().code(),
                    movement.code(), label, true));
        }
        return new RadarView(fmt(layout.size()), fmt(c), rings, sectors, categoryLabels, ringLabels, blips);
    }

    /** The same radar with only the blips of these tools shown (the others dimmed). */
    RadarView withShown(Set<String> shown) {
        List<BlipView> marked = new ArrayList<>(blips.size());
        for (BlipView b : blips) {
            boolean on = shown.contains(b.slug());
            marked.add(on == b.shown() ? b : new BlipView(b.slug(), b.x(), b.y(), b.r(), b.textY(), b.number(), b.href(),
                    b.title(), b.ring(), b.movement(), b.label(), on));
        }
        return new RadarView(size, center, rings, sectors, categoryLabels, ringLabels, marked);
    }

    /** The drawing with room around it for the category labels. */
    public String viewBox() {
        double s = Double.parseDouble(size);
        return fmt(-LABEL_ROOM) + " " + fmt(-30) + " " + fmt(s + 2 * LABEL_ROOM) + " " + fmt(s + 60);
    }

    /** Font size of blip numbers, so that numbers fit small blips. */
    public String numberSize() {
        return blips.isEmpty() ? "10" : fmt(Math.max(5, Double.parseDouble(blips.get(0).r()) * 0.95));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
