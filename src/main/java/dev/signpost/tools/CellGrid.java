package dev.signpost.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.signpost.tools.RadarLayout.CENTER;
import static dev.signpost.tools.RadarLayout.GAP;
import static dev.signpost.tools.RadarLayout.RING_RADII;

/** The places for blips inside one cell of the radar (a ring's share of a sector), and how they are spread over them. */
final class CellGrid {

    /** Widens the grid a hair so rounding can never bring two points closer than the minimum distance. */
    private static final double SLACK = 1e-6;

    private CellGrid() {
    }

    /** A ring's share of a sector. */
    record Cell(int ring, int sector) {
    }

    record Point(double x, double y) {

        double distanceSquared(Point other) {
            double dx = x - other.x;
            double dy = y - other.y;
            return dx * dx + dy * dy;
        }
    }

    /** A grid point and its distance to the nearer of its sector's lines. */
    record Candidate(Point point, double fromLines) {
    }

    /**
     * Candidate centres in a cell, inner rows first: rows one spacing apart, points along a row one spacing apart
     * (as a chord), every point half a spacing inside the cell, so any two points of the whole radar are a spacing apart.
     */
    static List<Candidate> candidates(Cell cell, int sectors, double blipRadius) {
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
    static Point middle(Cell cell, int sectors) {
        double radius = (RING_RADII.get(cell.ring()) + RING_RADII.get(cell.ring() + 1)) / 2;
        return at(radius, sectors == 1 ? -Math.PI / 2 : -Math.PI / 2 + (cell.sector() + 0.5) * 2 * Math.PI / sectors);
    }

    /**
     * Picks {@code count} grid points: the one nearest {@code anchor}, then each time the one farthest from all picked
     * (ties to the first in the grid). A sector line counts as a picked blip mirrored in it, at twice the point's
     * distance from the line; otherwise the second and third blips of a cell would sit in its corners. The ring circles
     * do not count: in a thin ring every point is as close to them, which would leave nothing to choose by.
     */
    static List<Point> spread(List<Candidate> grid, Point anchor, int count) {
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

    static Point at(double r, double angle) {
        return new Point(CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle));
    }
}
