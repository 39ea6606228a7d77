package parcelatlas.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import parcelatlas.figures.Figures;
import parcelatlas.figures.Rankings;
import parcelatlas.figures.WithheldTexts;

/**
 * Draws a {@link Bulletin} as a PDF (A4, PDFBox) with the Chinese font embedded (the subset of
 * glyphs used, with a ToUnicode map, so any reader can extract and search the text): title, city
 * figures against 时间进度, 龙虎榜 of townships and parks (each figure's places best first, as
 * {@link Rankings} gives them), bar charts of the townships' 开工率 and 投资完成率, the lagging
 * projects and overdue zones with their responsible leaders, then praise and criticism, and a few
 * site photos of the month as evidence with what is questionable about each ({@link EvidencePhotos}).
 */
public final class BulletinPdf {
  private static final List<String> CHARTED = List.of("start_rate_pct", "investment_rate_pct");
  private final Path fontFile;

  /** @param fontFile a TrueType font (.ttf, or .ttc whose first font is used) with Chinese glyphs */
  public BulletinPdf(Path fontFile) {
    this.fontFile = fontFile;
  }

  /** The title: 2026年11月 重点项目和征收工作月通报. */
  public static String title(Bulletin b) {
    return b.month().getYear() + "年" + b.month().getMonthValue() + "月 重点项目和征收工作月通报";
  }

  /**
   * The PDF's bytes.
   *
   * @param issuedBy who issued it, or null for an unissued draft (marked 草稿)
   * @param issuedAt when (shown with the issuer), or null
   */
  public byte[] render(Bulletin b, String issuedBy, java.time.Instant issuedAt) {
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = fontFile.toString().endsWith(".ttc")
            ? new TrueTypeCollection(fontFile.toFile()) : null) {
      PDFont font = collection == null ? PDType0Font.load(document, fontFile.toFile())
          : PDType0Font.load(document, first(collection), true);
      document.getDocumentInformation().setTitle(title(b));
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTimeInMillis((issuedAt == null ? java.time.Instant.EPOCH : issuedAt).toEpochMilli());
      document.getDocumentInformation().setCreationDate(created);
      try (PdfPages pages = new PdfPages(document, font)) {
        write(pages, b, issuedBy, issuedAt);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the bulletin with the font " + fontFile, e);
    }
  }

  private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
    TrueTypeFont[] first = new TrueTypeFont[1];
    collection.processAllFonts(f -> {
      if (first[0] == null) {
        first[0] = f;
      }
    });
    return first[0];
  }

  private static void write(PdfPages p, Bulletin b, String issuedBy, java.time.Instant issuedAt) throws IOException {
    p.line(title(b) + (issuedBy == null ? "（草稿）" : ""), 17, 4);
    p.line("数据截至 " + b.asOf() + "　时间进度 " + pct(b.city().elapsedPct())
        + (issuedBy == null ? "" : "　签发：" + issuedBy + "　" + issuedAt), 10, 10);
    p.line("一、全市指标", 13, 4);
    Figures c = b.city();
    p.line("开工率 " + pct(c.startRatePct()) + "（" + c.projectsStarted() + "/" + c.projectsDueToStart() + "）", 10, 0);
    p.line("投资完成率 " + shown(c, "investmentRatePct", pct(c.investmentRatePct())) + "，时间进度 " + pct(c.elapsedPct())
        + (c.investmentGapPts() == null ? "" : (c.investmentGapPts() >= 0 ? "，超前 " : "，落后 ")
        + String.format(Locale.ROOT, "%.1f", Math.abs(c.investmentGapPts())) + " 个百分点"), 10, 0);
    withheldNote(p, c, "investmentRatePct", "investment_rate_pct");
    p.line("竣工投产率 " + pct(c.productionRatePct()) + "（" + c.projectsInProduction() + "/"
        + c.projectsDueInProduction() + "）", 10, 0);
    p.line("亩均投资强度 " + Verdicts.value("intensity_wan_per_mu", c.intensityWanPerMu()) + "，亩均税收 "
        + shown(c, "taxWanPerMu", Verdicts.value("tax_wan_per_mu", c.taxWanPerMu())), 10, 0);
    withheldNote(p, c, "taxWanPerMu", "tax_wan_per_mu");
    p.line("征收：签约 " + pct(c.signedPct()) + "，拆除 " + pct(c.demolishedPct()) + "，腾空 " + pct(c.clearedPct())
        + "；逾期片区 " + c.overdueZones() + " 个", 10, 10);
    p.line("二、镇街龙虎榜", 13, 4);
    ranking(p, b.townships(), true);
    p.line("三、园区龙虎榜", 13, 4);
    ranking(p, b.parks(), false);
    p.line("四、滞后项目（" + b.lagging().size() + " 个）", 13, 4);
    for (Bulletin.LaggingProject l : b.lagging()) {
      p.line(l.name() + "（" + l.code() + "，" + Verdicts.orDash(l.township()) + "）"
          + (l.behind().equals("start") ? "计划开工 " : "计划投产 ") + l.plannedDate() + "，滞后 " + l.daysLate()
          + " 天；包保领导 " + Verdicts.orDash(l.leader()) + "，责任单位 " + Verdicts.orDash(l.unit()), 9, 0);
    }
    p.line("", 6, 0);
    p.line("五、逾期征收片区（" + b.overdue().size() + " 个）", 13, 4);
    for (Bulletin.OverdueZone z : b.overdue()) {
      p.line(Verdicts.orDash(z.name()) + "（" + z.code() + "，" + z.township() + "）期限 " + z.deadline() + "，逾期 "
          + z.monthsLate() + " 个月，拆除 " + pct(z.demolishedPct()) + "，腾空 " + pct(z.clearedPct())
          + "；包保领导 " + Verdicts.orDash(z.leader()) + "，责任单位 " + Verdicts.orDash(z.unit()), 9, 0);
    }
    p.line("", 6, 0);
    p.line("六、表扬", 13, 4);
    for (String line : b.praise()) {
      p.line(line, 10, 0);
    }
    p.line("", 6, 0);
    p.line("七、批评", 13, 4);
    for (String line : b.criticism()) {
      p.line(line, 10, 0);
    }
    p.line("", 6, 0);
    p.line("八、现场照片（" + b.photos().size() + " 张）", 13, 4);
    for (Bulletin.EvidencePhoto photo : b.photos()) {
      p.image(photo.thumbnail(), 160);
      p.line(photoLine(photo), 9, 6);
    }
  }

  /** A city figure's value, or the page's word for it (不公开) when the small-cell rule withholds it. */
  private static String shown(Figures c, String field, String value) {
    return c.suppressed().containsKey(field) ? WithheldTexts.word("zh") : value;
  }

  /** Under a line with a withheld figure, the page's note: the figure's name, 不公开 and why. */
  private static void withheldNote(PdfPages p, Figures c, String field, String figure) throws IOException {
    if (c.suppressed().containsKey(field)) {
      p.line(WithheldTexts.note("zh", Verdicts.name(figure)), 9, 0);
    }
  }

  /** "SITE NAME（CODE，TOWNSHIP）问题N 拍摄于 T；存疑：FLAGS；CAPTION" under a photo. */
  static String photoLine(Bulletin.EvidencePhoto photo) {
    String flags = String.join("、", photo.flags().stream().map(BulletinPdf::flagName).toList());
    return Verdicts.orDash(photo.siteName()) + "（" + photo.site() + "，" + Verdicts.orDash(photo.township()) + "）"
        + (photo.issueSeq() == null ? "" : "问题" + photo.issueSeq() + " ")
        + "拍摄于 " + (photo.takenAt() == null ? "—" : photo.takenAt().replace('T', ' '))
        + (flags.isEmpty() ? "" : "；存疑：" + flags) + (photo.caption() == null ? "" : "；" + photo.caption());
  }

  private static String flagName(String flag) {
    return switch (flag) {
      case "far_from_site" -> "拍摄地点远离现场";
      case "taken_long_before" -> "拍摄时间早于报告两周以上";
      case "no_position" -> "照片无位置信息";
      case "no_time" -> "照片无拍摄时间";
      default -> flag;
    };
  }

  /** Each figure's places as lines "第N名 NAME VALUE（part/whole）", then charts of the charted figures. */
  private static void ranking(PdfPages p, Map<String, List<Rankings.Place>> rankings, boolean charts)
      throws IOException {
    for (Map.Entry<String, List<Rankings.Place>> e : rankings.entrySet()) {
      p.line(Verdicts.name(e.getKey()) + "龙虎榜", 11, 2);
      for (Rankings.Place place : e.getValue()) {
        p.line("第" + place.rank() + "名 " + place.label() + " " + Verdicts.value(e.getKey(), place.value())
            + (place.part() == null ? "" : "（" + number(place.part()) + "/" + number(place.whole()) + "）")
            + (place.previousRank() == null || place.previousRank() == 0 ? "" : "　上月第" + place.previousRank() + "名"),
            9, 0);
      }
      if (charts && CHARTED.contains(e.getKey())) {
        chart(p, e.getKey(), e.getValue());
      }
      p.line("", 4, 0);
    }
  }

  private static void chart(PdfPages p, String figure, List<Rankings.Place> places) throws IOException {
    p.line("图：镇街" + Verdicts.name(figure), 9, 2);
    String[] labels = new String[places.size()];
    Double[] values = new Double[places.size()];
    String[] texts = new String[places.size()];
    double max = 100;
    for (int i = 0; i < places.size(); i++) {
      labels[i] = places.get(i).label();
      values[i] = places.get(i).value();
      texts[i] = Verdicts.value(figure, values[i]);
      max = Math.max(max, values[i] == null ? 0 : values[i]);
    }
    p.bars(labels, values, texts, max);
  }

  private static String pct(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value);
  }

  private static String number(Double value) {
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
  }
}
