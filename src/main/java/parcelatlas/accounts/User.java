package parcelatlas.accounts;

/**
 * A staff account.
 *
 * @param scopeTownship the township an official answers for, or null (city-wide)
 * @param scopeParkCode the park an official answers for, or null
 */
public record User(long id, String username, String displayName, Role role, String scopeTownship,
    String scopeParkCode, boolean disabled) {}
