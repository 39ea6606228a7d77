package parcelatlas.domain;

/** Chinese land-area units: 1 亩 = 10000/15 m², 1 ha = 15 亩. */
public final class Area {
  public static final double SQUARE_METRES_PER_MU = 10000.0 / 15.0;

  private Area() {}

  public static double mu(double squareMetres) {
    return squareMetres / SQUARE_METRES_PER_MU;
  }

  public static double hectares(double squareMetres) {
    return squareMetres / 10000.0;
  }

  public static double squareMetresFromMu(double mu) {
    return mu * SQUARE_METRES_PER_MU;
  }
}
