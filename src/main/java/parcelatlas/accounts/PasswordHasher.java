package parcelatlas.accounts;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt password hashes (Bouncy Castle's OpenBSD implementation), with a random salt each. */
public final class PasswordHasher {
  public static final int MIN_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final int cost;

  /** @param cost bcrypt's work factor (log2 rounds); 12 in production */
  public PasswordHasher(int cost) {
    this.cost = cost;
  }

  public String hash(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate("2b", password, salt, cost);
  }

  public boolean matches(String hash, char[] password) {
    try {
      return OpenBSDBCrypt.checkPassword(hash, password);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
