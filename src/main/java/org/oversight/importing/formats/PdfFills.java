package org.oversight.importing.formats;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The shaded rectangles drawn on a PDF page (a Word table's cell shading becomes one), each
 * with its colour as six hex digits, in the coordinates tabula uses (from the top left of the
 * page). White, black and grey fills are left out: they shade nothing a plan means.
 */
final class PdfFills extends PDFGraphicsStreamEngine {
    record Fill(Rectangle2D box, String colour) {
    }

    /** Most fills kept from one page: a page built to hold millions of boxes costs no more than this. */
    private static final int MAX_FILLS = 10_000;
    private final List<Fill> fills = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final float height;

    private PdfFills(PDPage page) {
        super(page);
        this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    static PdfFills of(PDPage page) {
        PdfFills found = new PdfFills(page);
        try {
            found.processPage(page);
        } catch (IOException | RuntimeException e) {
            found.fills.clear();
        }
        return found;
    }

    static PdfFills none() {
        return new PdfFills(new PDPage());
    }

    /** The colour of the smallest fill that covers most of the box, or null. */
    String fillOf(double left, double top, double right, double bottom) {
        Rectangle2D box = new Rectangle2D.Double(left, top, right - left, bottom - top);
        Fill best = null;
        for (Fill f : fills) {
            Rectangle2D overlap = f.box().createIntersection(box);
            boolean covers = overlap.getWidth() > 0 && overlap.getWidth() * overlap.getHeight() >= 0.6 * box.getWidth() * box.getHeight();
            boolean fits = f.box().getWidth() * f.box().getHeight() <= 1.6 * box.getWidth() * box.getHeight();
            if (covers && fits && (best == null || area(f.box()) < area(best.box()))) {
                best = f;
            }
        }
        return best == null ? null : best.colour();
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        String colour = colour();
        for (Point2D[] r : rectangles) {
            if (colour != null && fills.size() < MAX_FILLS) {
                double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
                double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
                double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
                double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
                fills.add(new Fill(new Rectangle2D.Double(minX, height - maxY, maxX - minX, maxY - minY), colour));
            }
        }
        rectangles.clear();
    }

    private String colour() throws IOException {
        float[] rgb;
        try {
            rgb = getGraphicsState().getNonStrokingColor().getColorSpace()
                    .toRGB(getGraphicsState().getNonStrokingColor().getComponents());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        int r = Math.round(rgb[0] * 255);
        int g = Math.round(rgb[1] * 255);
        int b = Math.round(rgb[2] * 255);
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 30) {
            return null;
        }
        return String.format("%02X%02X%02X", r, g, b);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        rectangles.clear();
    }

    @Override
    public void endPath() {
        rectangles.clear();
    }

    /** Text draws no shading: its glyphs are not worked through, which keeps this second look at the page cheap. */
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
