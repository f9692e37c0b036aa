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
    // widens the grid a hair so rounding can never bring two points closer than the minimum distance
    private static final double SLACK = 1e-6;

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

    private record Cell(int ring, int sector) {
    }

    private record Point(double x, double y) {

        double distanceSquared(Point other) {
            double dx = x - other.x;
            double dy = y - other.y;
            return dx * dx + dy * dy;
        }
    }

    /** A grid point and its distance to the nearer of its sector's lines. */
    private record Candidate(Point point, double fromLines) {
    }

    /** Lays out the blips; the same inputs always give the same layout. Blips in the result are in key order. */
    public static Layout layout(List<Input> inputs, int sectors) {
        if (sectors < 1 || sectors > MAX_SECTORS) {
            throw new IllegalArgumentException("A radar has 1 to " + MAX_SECTORS + " sectors, not " + sectors);
        }
        Map<Cell, List<Input>> cells = cells(inputs, sectors);
        double radius = fittingRadius(cells, sectors);
        List<Blip> blips = new ArrayList<>();
        cells.forEach((cell, tools) -> {
            List<Point> points = spread(grid(cell, sectors, radius), middle(cell, sectors), tools.size());
            for (int i = 0; i < tools.size(); i++) {
                Input tool = tools.get(i);
                blips.add(new Blip(tool.key(), tool.ring(), tool.sector(), points.get(i).x(), points.get(i).y()));
            }
        });
        blips.sort(Comparator.comparing(Blip::key));
        return new Layout(SIZE, CENTER, RING_RADII, sectors, radius, blips);
    }

    /** Validates the inputs and groups them by cell, each cell's tools in key order so input order cannot matter. */
    private static Map<Cell, List<Input>> cells(List<Input> inputs, int sectors) {
        Map<Cell, List<Input>> cells = new TreeMap<>(Comparator.comparingInt(Cell::ring).thenComparingInt(Cell::sector));
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
            cells.computeIfAbsent(new Cell(input.ring(), input.sector()), c -> new ArrayList<>()).add(input);
        }
        cells.values().forEach(tools -> tools.sort(Comparator.comparing(Input::key)));
        return cells;
    }

    /** The largest blip radius, from the default down to the minimum, at which every cell's grid holds its tools. */
    private static double fittingRadius(Map<Cell, List<Input>> cells, int sectors) {
        double radius = BLIP_RADIUS;
        while (true) {
            Cell tooFull = null;
            for (Map.Entry<Cell, List<Input>> entry : cells.entrySet()) {
                if (grid(entry.getKey(), sectors, radius).size() < entry.getValue().size()) {
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
                        + grid(tooFull, sectors, radius).size() + ")");
            }
            radius = Math.max(MIN_BLIP_RADIUS, radius * SHRINK);
        }
    }

    /**
     * Candidate centres in a cell, inner rows first: rows one spacing apart, points along a row one spacing apart
     * (as a chord), every point half a spacing inside the cell, so any two points of the whole radar are a spacing apart.
     */
    private static List<Candidate> grid(Cell cell, int sectors, double blipRadius) {
        double spacing = 2 * blipRadius + GAP + SLACK;
        double half = spacing / 2;
        double inner = RING_RADII.get(cell.ring());
        double outer = RING_RADII.get(cell.ring() + 1);
        double depth = outer - inner - spacing;
        List<Candidate> candidates = new ArrayList<>();
        if (depth < 0) {
            return candidates;
        }
        int rows = (int) Math.floor(depth / spacing) + 1;
        double firstRow = inner + half + (depth - (rows - 1) * spacing) / 2;
        double width = 2 * Math.PI / sectors;
        double start = -Math.PI / 2 + cell.sector() * width;
        for (int row = 0; row < rows; row++) {
            double r = firstRow + row * spacing;
            double step = 2 * Math.asin(Math.min(1, half / r));
            if (sectors == 1) {
                // a whole circle: spread the points evenly, so the last is as far from the first as from its neighbour
                int count = (int) Math.floor(2 * Math.PI / step);
                for (int i = 0; i < count; i++) {
                    candidates.add(new Candidate(at(r, start + i * 2 * Math.PI / count), Double.POSITIVE_INFINITY));
                }
                continue;
            }
            // a point at angle t from a sector line is r·sin(t) from it; sectors of at most 180° are convex
            double margin = Math.asin(Math.min(1, half / r));
            double free = width - 2 * margin;
            if (free < 0) {
                continue;
            }
            int count = (int) Math.floor(free / step) + 1;
            double first = margin + (free - (count - 1) * step) / 2;
            for (int i = 0; i < count; i++) {
                double t = first + i * step;
                candidates.add(new Candidate(at(r, start + t), r * Math.min(Math.sin(t), Math.sin(width - t))));
            }
        }
        return candidates;
    }

    /**
     * Halfway between the cell's circles and halfway between its lines, or at the top in a one-sector radar. Not the
     * centre of mass, which for a wide, thin cell lies near or even beyond the inner circle.
     */
    private static Point middle(Cell cell, int sectors) {
        double radius = (RING_RADII.get(cell.ring()) + RING_RADII.get(cell.ring() + 1)) / 2;
        return at(radius, sectors == 1 ? -Math.PI / 2 : -Math.PI / 2 + (cell.sector() + 0.5) * 2 * Math.PI / sectors);
    }

    /**
     * Picks {@code count} grid points: the one nearest {@code anchor}, then each time the one farthest from all picked
     * (ties to the first in the grid). A sector line counts as a picked blip mirrored in it, at twice the point's
     * distance from the line; otherwise the second and third blips of a cell would sit in its corners. The ring circles
     * do not count: in a thin ring every point is as close to them, which would leave nothing to choose by.
     */
    private static List<Point> spread(List<Candidate> grid, Point anchor, int count) {
        int pick = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (grid.get(i).point().distanceSquared(anchor) < grid.get(pick).point().distanceSquared(anchor)) {
                pick = i;
            }
        }
        // each grid point's squared distance to the nearest picked point or mirror image; -1 once picked itself
        double[] nearest = new double[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            nearest[i] = 4 * grid.get(i).fromLines() * grid.get(i).fromLines();
        }
        List<Point> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            Point point = grid.get(pick).point();
            picked.add(point);
            nearest[pick] = -1;
            int next = -1;
            for (int i = 0; i < grid.size(); i++) {
                if (nearest[i] >= 0) {
                    nearest[i] = Math.min(nearest[i], grid.get(i).point().distanceSquared(point));
                    if (next < 0 || nearest[i] > nearest[next]) {
                        next = i;
                    }
                }
            }
            pick = next;
        }
        return picked;
    }

    private static Point at(double r, double angle) {
        return new Point(CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle));
    }
}
