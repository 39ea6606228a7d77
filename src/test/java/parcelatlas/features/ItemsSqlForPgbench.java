package parcelatlas.features;

import java.util.List;
import java.util.Locale;

/**
 * Prints, for {@code items.sh}, the SQL the portal runs for an anonymous first page of parcels in a
 * bbox ({@link FeatureSql#items}), with the box's corners as the pgbench variables {@code :w :s :e :n}
 * and the other values written in, so pgbench runs exactly the portal's statement.
 *
 * <p>Usage: {@code ItemsSqlForPgbench LIMIT [BOX_DEGREES]}: with a box as wide as the portal plans for its
 * values ({@link Plans#forBox}), the statement is wrapped as the portal sends it: a transaction led
 * by {@link Plans#EACH_TIME}'s setting.
 */
public final class ItemsSqlForPgbench {
  private static final List<Double> MARKERS = List.of(-101.5, -51.5, -100.5, -50.5);
  private static final List<String> NAMES = List.of(":w", ":s", ":e", ":n");

  private ItemsSqlForPgbench() {}

  public static void main(String[] args) {
    int limit = Integer.parseInt(args[0]);
    FeatureQuery query = FeatureQuery.of(ServedCollection.PARCELS, true).page(limit, 0)
        .where(RowFilter.bbox(new BBox(MARKERS.get(0), MARKERS.get(1), MARKERS.get(2), MARKERS.get(3))));
    FeatureSql.Statement statement = FeatureSql.items(query, null);
    StringBuilder sql = new StringBuilder();
    String[] pieces = statement.sql().split("\\?", -1);
    for (int i = 0; i < pieces.length; i++) {
      sql.append(pieces[i]);
      if (i < statement.params().size()) {
        Object value = statement.params().get(i);
        int marker = MARKERS.indexOf(value);
        sql.append(marker >= 0 ? NAMES.get(marker) : String.format(Locale.ROOT, "%s", value));
      }
    }
    sql.append(';');
    double box = args.length > 1 ? Double.parseDouble(args[1]) : 0;
    Plans plans = Plans.forBox(0, 0, box, box);
    System.out.println(plans.setting() == null ? sql : "BEGIN;\n" + plans.setting() + ";\n" + sql + "\nCOMMIT;");
  }
}
