package parcelatlas.web;

import static parcelatlas.web.OgcHtml.a;
import static parcelatlas.web.OgcHtml.esc;

import java.util.List;
import parcelatlas.web.OgcHtml.Crumb;

/**
 * The HTML page of an OGC API error, for clients that asked for HTML ({@link OgcFormat#wantsHtml}):
 * the status, the exception code and the message, each escaped, and a link to the same request as
 * JSON. A 401 page also links to the sign-in page.
 */
final class OgcHtmlError {
  private OgcHtmlError() {}

  /** The page; {@code jsonHref} is the same request asking for JSON. */
  static String page(int status, String code, String message, String jsonHref) {
    String[] title = title(status);
    StringBuilder html = new StringBuilder("<p class=\"error\">").append(esc(message)).append("</p>\n")
        .append("<p><code>").append(status).append(' ').append(esc(code)).append("</code></p>\n");
    if (status == 401) {
      html.append("<p>").append(a("/login.html", "登录 Sign in")).append("</p>\n");
    }
    return OgcHtml.page(title[0], title[1], List.of(new Crumb(null, title[0] + " " + title[1])), jsonHref,
        html.toString(), false);
  }

  private static String[] title(int status) {
    return switch (status) {
      case 400 -> new String[] {"请求有误", "Bad request"};
      case 401 -> new String[] {"需要登录", "Sign in required"};
      case 403 -> new String[] {"无权访问", "Forbidden"};
      case 404 -> new String[] {"未找到", "Not found"};
      case 500 -> new String[] {"服务器出错", "Server error"};
      default -> new String[] {"请求未完成", "Request refused"};
    };
  }
}
