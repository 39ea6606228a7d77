package parcelatlas.accounts;

/**
 * Who is asking: a signed-in user with their session's CSRF token, or nobody (an investor).
 */
public record Viewer(User user, String csrfToken) {
  public static final Viewer ANONYMOUS = new Viewer(null, null);

  public boolean isStaff() {
    return user != null;
  }

  public boolean is(Role role) {
    return user != null && user.role() == role;
  }
}
