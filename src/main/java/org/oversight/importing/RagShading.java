package org.oversight.importing;

import java.util.Optional;
import org.oversight.plan.RagColour;

/**
 * A RAG status given as a cell's shading rather than a word: the fill colour is named by its
 * hue (red, amber, green, blue, yellow); white, greys and pale tints name nothing.
 */
final class RagShading {
    private RagShading() {
    }

    static Optional<RagColour> colour(String fill) {
        if (fill == null || !fill.matches("[0-9A-F]{6}")) {
            return Optional.empty();
        }
        int r = Integer.parseInt(fill.substring(0, 2), 16);
        int g = Integer.parseInt(fill.substring(2, 4), 16);
        int b = Integer.parseInt(fill.substring(4, 6), 16);
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        if (max - min < 60) {
            return Optional.empty();
        }
        double hue = hue(r, g, b, max, min);
        if (hue < 20 || hue >= 330) {
            return Optional.of(RagColour.RED);
        }
        if (hue < 48) {
            return Optional.of(RagColour.AMBER);
        }
        if (hue < 70) {
            return Optional.of(RagColour.YELLOW);
        }
        if (hue < 170) {
            return Optional.of(RagColour.GREEN);
        }
        if (hue < 260) {
            return Optional.of(RagColour.BLUE);
        }
        return Optional.empty();
    }

    private static double hue(int r, int g, int b, int max, int min) {
        double d = max - min;
        double h;
        if (max == r) {
            h = 60 * (((g - b) / d) % 6);
        } else if (max == g) {
            h = 60 * ((b - r) / d + 2);
        } else {
            h = 60 * ((r - g) / d + 4);
        }
        return h < 0 ? h + 360 : h;
    }
}
