package parcelatlas.demo;

/**
 * The generated city shared by the logic tests: generating takes about a second, and the result
 * is immutable, so one instance serves them all.
 */
final class GeneratedCity {
  private static DemoCity city;

  private GeneratedCity() {}

  static synchronized DemoCity get() {
    if (city == null) {
      city = DemoCity.generate();
    }
    return city;
  }
}
