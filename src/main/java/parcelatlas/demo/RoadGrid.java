package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A park's road grid in its local frame and the plots between the roads. Road centre lines are
 * 430–620 m apart across the grid and 360–540 m along it; every third road is a 40 m arterial,
 * the others are 24–36 m wide. Each block between roads is split into plots by repeatedly cutting
 * across its longer side until a plot is near the block's target size, so plots in a block share
 * their boundaries exactly and none is narrower than {@link #MIN_WIDTH}.
 */
final class RoadGrid {
  /** Narrowest side of a plot in metres: narrower strips cannot take a factory. */
  static final double MIN_WIDTH = 70;

  /** A block between four roads, with its column and row in the grid. */
  record Block(int column, int row, Envelope box) {}

  private RoadGrid() {}

  /** The blocks of a grid covering {@code extent} (local metres), column by column. */
  static List<Block> blocks(Envelope extent, Dice dice) {
    double[][] columns = lines(extent.getMinX(), extent.getMaxX(), 430, 620, dice);
    double[][] rows = lines(extent.getMinY(), extent.getMaxY(), 360, 540, dice);
    List<Block> blocks = new ArrayList<>();
    for (int c = 0; c + 1 < columns.length; c++) {
      for (int r = 0; r + 1 < rows.length; r++) {
        Envelope box = new Envelope(
            columns[c][0] + columns[c][1] / 2, columns[c + 1][0] - columns[c + 1][1] / 2,
            rows[r][0] + rows[r][1] / 2, rows[r + 1][0] - rows[r + 1][1] / 2);
        blocks.add(new Block(c, r, box));
      }
    }
    return blocks;
  }

  /** Road centre lines as {position, width}, starting just before {@code from}. */
  private static double[][] lines(double from, double to, double minGap, double maxGap, Dice dice) {
    List<double[]> lines = new ArrayList<>();
    double at = from - dice.between(60, 200);
    int index = 0;
    while (true) {
      double width = index % 3 == 0 ? 40 : dice.pick(List.of(24.0, 28.0, 32.0, 36.0));
      lines.add(new double[] {Dice.round(at, 0), width});
      if (at > to) {
        break;
      }
      at += dice.between(minGap, maxGap);
      index++;
    }
    return lines.toArray(new double[0][]);
  }

  /** The plots of one block; {@code targetMu} is the size the block is divided towards. */
  static List<Envelope> plots(Envelope block, double targetMu, Dice dice) {
    List<Envelope> plots = new ArrayList<>();
    split(block, parcelatlas.domain.Area.squareMetresFromMu(targetMu), dice, plots);
    return plots;
  }

  private static void split(Envelope box, double target, Dice dice, List<Envelope> out) {
    double width = box.getWidth();
    double height = box.getHeight();
    boolean alongX = width >= height;
    double longSide = alongX ? width : height;
    if (box.getArea() <= target * 1.45 || longSide < 2 * MIN_WIDTH) {
      out.add(box);
      return;
    }
    double cut = Dice.round(longSide * dice.between(0.38, 0.62), 1);
    cut = Math.max(MIN_WIDTH, Math.min(longSide - MIN_WIDTH, cut));
    if (alongX) {
      split(new Envelope(box.getMinX(), box.getMinX() + cut, box.getMinY(), box.getMaxY()),
          target, dice, out);
      split(new Envelope(box.getMinX() + cut, box.getMaxX(), box.getMinY(), box.getMaxY()),
          target, dice, out);
    } else {
      split(new Envelope(box.getMinX(), box.getMaxX(), box.getMinY(), box.getMinY() + cut),
          target, dice, out);
      split(new Envelope(box.getMinX(), box.getMaxX(), box.getMinY() + cut, box.getMaxY()),
          target, dice, out);
    }
  }
}
