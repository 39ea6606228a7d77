package parcelatlas.bulletin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the bulletin's Chinese font comes from: the setting {@code bulletin.font} (a TrueType
 * .ttf or .ttc file with TrueType outlines), else the first of a few common system fonts that
 * are (WenQuanYi Micro Hei from Debian/Ubuntu's {@code fonts-wqy-microhei}, which
 * {@code .ci/install-deps} installs, then WenQuanYi Zen Hei, Droid Sans Fallback, AR PL UMing).
 * OpenType fonts with CFF outlines (Noto Sans CJK .otf/.ttc) cannot be embedded and are not
 * looked for. Without one, the bulletin is still served as JSON, and its PDF is refused (503).
 */
public final class BulletinFont {
  static final List<Path> SYSTEM = List.of(
      Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
      Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

  private BulletinFont() {}

  /** The configured font when it is a readable file, else the first system font found; empty when none. */
  public static Optional<Path> find(String configured) {
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured.strip());
      return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
    }
    return SYSTEM.stream().filter(Files::isReadable).findFirst();
  }
}
