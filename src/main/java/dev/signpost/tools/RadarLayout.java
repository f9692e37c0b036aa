package dev.signpost.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the numbered blips of the technology radar, so the server can draw it as SVG with no script in the browser.
 * <p>
 * Each ring × sector cell gets a polar grid of candidate points, all at least a blip diameter plus a gap apart and half
 * that distance inside the ring circles and sector lines; so no blip can touch another, in its own cell or the next.
 * The blips of a cell take the grid point nearest the middle of the cell first, then again and again the point farthest
 * from those already taken and from the sector lines, which spreads a few blips over the cell instead of piling them
 * in a corner. The result depends only on the keys and their cells, so the picture does not jump between requests,
 * and a tool added to one cell moves no blip in another. A cell too full for its grid shrinks the blips of the whole
 * radar, so all stay one size.
 */
public final class RadarLayout {

    public static final int RINGS = 4;
    public static final int MAX_SECTORS = 12;
    static final double SIZE = 800;
    static final double CENTER = SIZE / 2;
    /**
     * Ring i spans RING_RADII[i] to RING_RADII[i + 1]; the 10 px outside the last circle are left for labels. Inner rings
     * are wider, as on the classic radar, so even the smallest cell (a slice of the innermost ring) of a six-sector
     * radar holds 200 blips at the smallest size.
     */
    static final List<Double> RING_RADII = List.of(0.0, 165.0, 255.0, 328.0, 390.0);
    static final double BLIP_RADIUS = 11;
    static final double MIN_BLIP_RADIUS = 3;
    /** Clear space between two blips, so their outlines never touch. */
    static final double GAP = 2;

    private static final double SHRINK = 0.85;

    private RadarLayout() {
    }

    /** One tool to place: a stable key (the slug), its ring (0 = innermost .. 3) and its sector (0 .. sectors-1). */
    public record Input(String key, int ring, int sector) {
    }

    /** A placed blip: centre (x, y) in SVG user units. */
    public record Blip(String key, int ring, int sector, double x, double y) {
    }

    /**
     * The drawing: a square of size×size with centre (center, center); ringRadii has 5 ascending values: ringRadii[i]
     * is ring i's inner radius and ringRadii[i+1] its outer; sectorAngle(i) the start angle of sector i in radians (SVG
     * coordinates, clockwise from the positive x axis; sector 0 starts at -PI/2).
     */
    public record Layout(double size, double center, List<Double> ringRadii, int sectors, double blipRadius, List<Blip> blips) {

        public Layout {
            ringRadii = List.copyOf(ringRadii);
            blips = List.copyOf(blips);
        }

        public double sectorAngle(int sector) {
            return -Math.PI / 2 + sector * 2 * Math.PI / sectors;
        }

        /** Point on the circle of radius r at angle a, for drawing sector lines and labels. */
        public double x(double r, double angle) {
            return center + r * Math.cos(angle);
        }

        public double y(double r, double angle) {
            return center + r * Math.sin(angle);
        }

        /** The blip of a key, if placed. */
        public Optional<Blip> blip(String key) {
            return blips.stream().filter(b -> b.key().equals(key)).findFirst();
        }
    }


    /** Lays out the blips; the same inputs always give the same layout. Blips in the result are in key order. */
    public static Layout layout(List<Input> inputs, int sectors) {
        if (sectors < 1 || sectors > MAX_SECTORS) {
            throw new IllegalArgumentException("A radar has 1 to " + MAX_SECTORS + " sectors, not " + sectors);
        }
        Map<CellGrid.Cell, List<Input>> cells = cells(inputs, sectors);
        double radius = fittingRadius(cells, sectors);
        List<Blip> blips = new ArrayList<>();
        cells.forEach((cell, tools) -> {
            List<CellGrid.Point> points = CellGrid.spread(CellGrid.candidates(cell, sectors, radius), CellGrid.middle(cell, sectors), tools.size());
            for (int i = 0; i < tools.size(); i++) {
                Input tool = tools.get(i);
                blips.add(new Blip(tool.key(), tool.ring(), tool.sector(), points.get(i).x(), points.get(i).y()));
            }
        });
        blips.sort(Comparator.comparing(Blip::key));
        return new Layout(SIZE, CENTER, RING_RADII, sectors, radius, blips);
    }

    /** Validates the inputs and groups them by cell, each cell's tools in key order so input order cannot matter. */
    private static Map<CellGrid.Cell, List<Input>> cells(List<Input> inputs, int sectors) {
        Map<CellGrid.Cell, List<Input>> cells = new TreeMap<>(Comparator.comparingInt(CellGrid.Cell::ring).thenComparingInt(CellGrid.Cell::sector));
        Set<String> keys = new HashSet<>();
        for (Input input : inputs) {
            String key = input.key();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Every tool on the radar needs a key");
            }
            if (input.ring() < 0 || input.ring() >= RINGS) {
                throw new IllegalArgumentException("Tool '" + key + "' is in ring " + input.ring() + "; rings are 0 to " + (RINGS - 1));
            }
            if (input.sector() < 0 || input.sector() >= sectors) {
                throw new IllegalArgumentException("Tool '" + key + "' is in sector " + input.sector()
                        + "; this radar has sectors 0 to " + (sectors - 1));
            }
            if (!keys.add(key)) {
                throw new IllegalArgumentException("Tool '" + key + "' is on the radar twice");
            }
            cells.computeIfAbsent(new CellGrid.Cell(input.ring(), input.sector()), c -> new ArrayList<>()).add(input);
        }
        cells.values().forEach(tools -> tools.sort(Comparator.comparing(Input::key)));
        return cells;
    }

    /** The largest blip radius, from the default down to the minimum, at which every cell's grid holds its tools. */
    private static double fittingRadius(Map<CellGrid.Cell, List<Input>> cells, int sectors) {
        double radius = BLIP_RADIUS;
        while (true) {
            CellGrid.Cell tooFull = null;
            for (Map.Entry<CellGrid.Cell, List<Input>> entry : cells.entrySet()) {
                if (CellGrid.candidates(entry.getKey(), sectors, radius).size() < entry.getValue().size()) {
                    tooFull = entry.getKey();
                    break;
                }
            }
            if (tooFull == null) {
                return radius;
            }
            if (radius == MIN_BLIP_RADIUS) {
                throw new IllegalArgumentException("Ring " + tooFull.ring() + ", sector " + tooFull.sector() + " has "
                        + cells.get(tooFull).size() + " tools, more than fit even with the smallest blips ("
                        + CellGrid.candidates(tooFull, sectors, radius).size() + ")");
            }
            radius = Math.max(MIN_BLIP_RADIUS, radius * SHRINK);
        }
    }

}
