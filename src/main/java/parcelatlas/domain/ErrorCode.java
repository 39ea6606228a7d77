package parcelatlas.domain;

import java.util.List;
import java.util.Locale;

/**
 * Every code an error response can carry ({@code {"code", "description", "params"}}): stable, so a
 * page shows its own text for it in the viewer's language with the parameters filled in (the table
 * is {@code web/js/error-texts.js}; {@code ErrorTextsTest} holds the two together). The wire form is
 * the constant's name in UpperCamelCase ({@code DATE_BEFORE_LATEST_CHANGE} → {@code
 * DateBeforeLatestChange}). Each constant lists the parameters its responses carry; a parameter
 * may be absent when the value is unknown.
 */
public enum ErrorCode {
  // HTTP-level refusals, with no more precise code
  INVALID_PARAMETER_VALUE("field"),
  BAD_REQUEST,
  NOT_FOUND,
  UNAUTHORIZED,
  FORBIDDEN,
  CONFLICT,
  TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE,
  SERVER_ERROR,
  PAYLOAD_TOO_LARGE("limitKb", "bytes"),
  UNSUPPORTED_MEDIA_TYPE("expected"),
  LENGTH_REQUIRED("limitKb"),
  METHOD_NOT_ALLOWED,
  NOT_READY,
  URI_TOO_LONG,
  REQUEST_TIMEOUT,
  // load
  CLIENT_BUSY("limit"),
  CLIENT_SENDING("limit"),
  SERVER_BUSY("limit"),
  TILES_BUSY("limit"),
  DATABASE_BUSY,
  STATEMENT_TIMEOUT,
  DATABASE_UNAVAILABLE,
  // any request
  BODY_NOT_JSON,
  BODY_NOT_OBJECT,
  UNKNOWN_PARAMETER("field", "allowed"),
  REPEATED_PARAMETER("field"),
  TEXT_EXPECTED("field"),
  LIST_EXPECTED("field"),
  NUMBER_EXPECTED("field", "value"),
  NUMBER_OUT_OF_RANGE("field", "min", "max", "unit"),
  WHOLE_NUMBER_OUT_OF_RANGE("field", "min", "max"),
  TEXT_LENGTH("field", "min", "max"),
  TEXT_TOO_LONG("field", "max"),
  CONTROL_CHARACTER("field", "character", "position"),
  NOT_ONE_OF("field", "value", "allowed"),
  LISTED_TWICE("field", "value"),
  TOO_MANY_ITEMS("field", "max"),
  DATE_EXPECTED("field", "example"),
  MONTH_EXPECTED("field", "example"),
  DAY_OUT_OF_RANGE("field", "value", "min", "max"),
  MONTH_OUT_OF_RANGE("field", "value", "min", "max"),
  METHOD_OVERRIDE_REFUSED,
  // sessions and users
  SIGN_IN_REQUIRED,
  CSRF_TOKEN_MISSING,
  CREDENTIALS_REQUIRED,
  WRONG_PASSWORD,
  TOO_MANY_SIGN_INS("minutes"),
  ADMINS_ONLY,
  USERNAME_RULE("field"),
  USERNAME_TAKEN("username"),
  SCOPE_ONLY_OFFICIALS("role"),
  SCOPE_TOWNSHIP_OR_PARK,
  UNKNOWN_TOWNSHIP("field", "value"),
  UNKNOWN_PARK("field", "value"),
  ROLE_UNKNOWN("field", "allowed"),
  CANNOT_DISABLE_SELF,
  USER_NOT_FOUND("username"),
  PASSWORD_TOO_SHORT("min"),
  PASSWORD_TOO_LONG("max"),
  PASSWORD_CONTROL_CHARACTER("character", "position"),
  PASSWORD_COMMON,
  PASSWORD_CONTAINS_USERNAME,
  PASSWORD_PATTERN,
  // the desk
  ZONE_NOT_FOUND("zone"),
  PROJECT_NOT_FOUND("project"),
  ZONE_OF_ANOTHER_TOWNSHIP("zone", "township"),
  PROJECT_OF_ANOTHER_TOWNSHIP("project", "township"),
  REPORT_CONFLICT("zone"),
  REPORT_ID_EXPECTED("field"),
  SUPERSEDES_OTHER_ZONE("report"),
  ABOVE_TARGET("field", "value", "max"),
  DEMOLISHED_ABOVE_SIGNED("value", "signed"),
  REPORT_DATE_OF_CORRECTED("value", "date"),
  REPORT_BEFORE_LATEST("value", "latest"),
  FIGURES_WENT_DOWN("fields", "latest"),
  AMOUNT_ABOVE_TOTAL("field", "value", "max"),
  STAGE_UNCHANGED("stage"),
  STAGE_NOT_NEXT("stage", "current"),
  DATE_IN_FUTURE("field", "value", "min", "max"),
  DATE_BEFORE_LATEST_CHANGE("field", "value", "latest"),
  MILESTONE_NOT_FOUND("project", "seq"),
  ISSUE_NOT_FOUND("project", "seq"),
  ISSUE_CLOSED("seq", "date"),
  SCOPE_EXPECTED,
  // investors
  PARCEL_NOT_LAND_READY("code"),
  TOO_MANY_ENQUIRIES("limit"),
  ENQUIRIES_FOR_PARK_STAFF,
  COMPARE_COUNT("min", "max"),
  // exports and OGC
  SIGN_IN_TO_SEE("layer"),
  GEOJSON_IS_WGS84,
  SHAPEFILE_TOO_LARGE("field", "limitMb", "mb", "count"),
  CRS_UNSUPPORTED("field", "value"),
  AREA_INVALID,
  AREA_TOO_COMPLEX("limit"),
  AREA_TOO_LARGE("value", "max"),
  /** Not a refusal: an export count's note that the drawn area was repaired (its {@code noteCodes}). */
  AREA_REPAIRED,
  FILTER_INVALID("position"),
  FILTER_TOO_LONG("max"),
  FILTER_EMPTY,
  FILTER_UNKNOWN_PROPERTY("property"),
  BBOX_INVALID,
  CURSOR_INVALID,
  SORTBY_INVALID("property"),
  // imports
  IMPORTS_FOR_PLANNERS,
  UPLOAD_TOO_LARGE("limit"),
  UPLOAD_TYPE_UNSUPPORTED("file"),
  UPLOAD_UNREADABLE("file"),
  UPLOAD_NOT_FOUND("id", "hours"),
  FILE_NAME_REQUIRED,
  FILE_NAME_INVALID("value"),
  LAYER_UNKNOWN("value", "allowed"),
  ENCODING_UNKNOWN("value"),
  MAPPING_UNKNOWN_FIELD("source", "value", "layer"),
  MAPPING_INVALID,
  IMPORT_REFUSED("count"),
  IMPORT_RUNNING("layer"),
  /** One problem of an import, at file, record and field (any may be absent). */
  IMPORT_PROBLEM("file", "record", "field"),
  REQUIRED_FIELD_MISSING("file", "record", "field"),
  VALUE_UNREADABLE("file", "record", "field", "value"),
  TEXT_TOO_LONG_FOR_COLUMN("file", "record", "field", "max"),
  GEOMETRY_MISSING("file", "record"),
  GEOMETRY_WRONG_KIND("file", "record", "expected"),
  GEOMETRY_TOO_MANY_VERTICES("file", "record", "vertices", "max"),
  TOO_MANY_FIELDS("file", "record", "field", "max"),
  CRS_MISSING("file"),
  CRS_UNKNOWN("file"),
  ENCODING_UNDETECTED("file", "record", "field"),
  SHAPEFILE_PART_MISSING("file", "part"),
  ARCHIVE_UNSAFE("file"),
  ARCHIVE_INVALID("file"),
  NO_LAYER_IN_FILE("file"),
  // the monthly bulletin
  BULLETINS_FOR_CITY_WIDE,
  BULLETIN_FONT_MISSING,
  BULLETIN_NOT_FOUND("id"),
  // site photos
  PHOTO_TYPE_UNSUPPORTED("expected"),
  PHOTO_UNREADABLE,
  PHOTO_TOO_MANY_PIXELS("width", "height", "maxMegapixels"),
  PHOTO_TOO_LARGE("limitMb", "bytes"),
  TOO_MANY_PHOTOS("limit"),
  PHOTO_OF_ANOTHER_TOWNSHIP("township"),
  PHOTO_ALREADY_WITHDRAWN("id"),
  // the quarterly contest
  QUARTER_EXPECTED("field", "example"),
  QUARTER_OUT_OF_RANGE("field", "value", "min", "max"),
  CONTEST_WEIGHTS_ALL_ZERO("field"),
  CONTEST_NOT_PUBLISHED("quarter"),
  CONTEST_QUARTER_NOT_ENDED("quarter", "end"),
  CONTEST_ALREADY_PUBLISHED("quarter"),
  // imports that help: constant values, re-import confirmation
  CONSTANT_UNKNOWN_FIELD("field", "layer"),
  CONSTANT_INVALID("field", "value"),
  REIMPORT_NOT_CONFIRMED("changed", "absent"),
  CONFIRM_INVALID("field"),
  // leads (招商线索)
  CONTACT_NOT_PHONE_OR_EMAIL("field"),
  LEAD_NOT_FOUND("id"),
  LEAD_OF_ANOTHER_PARK("park"),
  LEAD_TRANSITION_NOT_ALLOWED("from", "to", "allowed"),
  LEAD_REOPEN_ADMIN_ONLY("from"),
  LEAD_STATUS_CHANGED("expected", "actual"),
  LEAD_ASSIGNEE_NOT_ELIGIBLE("assignee", "park"),
  LEAD_LOSS_REASON_REQUIRED("field"),
  // exports with Chinese field names
  CHINESE_NAMES_NEED_GBK("field", "name", "encoding"),
  // a filter's value outside a queryable's allow-list (industry categories)
  FILTER_UNKNOWN_VALUE("property", "value");

  private final List<String> params;

  ErrorCode(String... params) {
    this.params = List.of(params);
  }

  /** The wire form: UpperCamelCase of the constant's name ({@code URITooLong} as Jetty's reason has it). */
  public String code() {
    if (this == URI_TOO_LONG) {
      return "URITooLong";
    }
    StringBuilder out = new StringBuilder();
    for (String word : name().split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** The code of a refusal with no more precise code, by its HTTP status; empty for other statuses. */
  public static java.util.Optional<ErrorCode> ofStatus(int status) {
    return java.util.Optional.ofNullable(switch (status) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 409 -> CONFLICT;
      case 408 -> REQUEST_TIMEOUT;
      case 411 -> LENGTH_REQUIRED;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> TOO_MANY_REQUESTS;
      case 500 -> SERVER_ERROR;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> null;
    });
  }

  /** The parameters a response with this code may carry. */
  public List<String> params() {
    return params;
  }
}
