package parcelatlas.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (Bouncy Castle's implementation) in the PHC string format
 * {@code $argon2id$v=19$m=KiB,t=passes,p=lanes$salt$hash} (unpadded base64, 16-byte random salt,
 * 32-byte hash), with no limit on the password's length (bcrypt silently ignored bytes after the
 * 72nd). {@link #matches} also verifies the bcrypt hashes stored before, so they keep working until
 * {@link Users#authenticate} replaces them at the user's next sign-in ({@link #isOutdated}).
 *
 * <p>The cost is one number, {@code password.cost}: {@value #STANDARD_COST} gives OWASP's
 * recommended Argon2id parameters, m=19456 KiB, t=2, p=1; each step below halves the memory (tests
 * use 4: 76 KiB), each step above doubles it. A hash carries its own parameters, so changing the
 * cost affects new hashes only.
 */
public final class PasswordHasher {
  public static final int STANDARD_COST = 12;
  public static final int MIN_COST = 4;
  public static final int MAX_COST = 16;
  private static final int STANDARD_MEMORY_KIB = 19456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
  private static final SecureRandom RANDOM = new SecureRandom();
  private final int memoryKib;

  /** @param cost {@value #MIN_COST}–{@value #MAX_COST}; {@value #STANDARD_COST} in production */
  public PasswordHasher(int cost) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException("password.cost must be " + MIN_COST + "–" + MAX_COST + ", not " + cost);
    }
    this.memoryKib = cost >= STANDARD_COST ? STANDARD_MEMORY_KIB << (cost - STANDARD_COST)
        : STANDARD_MEMORY_KIB >> (STANDARD_COST - cost);
  }

  /** A new Argon2id hash of the password, with a fresh random salt. Checks no rules: see {@link PasswordRules}. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, memoryKib, ITERATIONS, PARALLELISM, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=" + memoryKib + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
        + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /**
   * Whether the password matches the stored hash: Argon2id (PHC string, parameters within sane
   * bounds) compared in constant time, or bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}).
   * Anything malformed matches nothing.
   */
  public boolean matches(String stored, char[] password) {
    if (stored == null) {
      return false;
    }
    if (stored.startsWith("$2")) {
      try {
        return OpenBSDBCrypt.checkPassword(stored, password);
      } catch (RuntimeException e) { // Bouncy Castle's refusals of a malformed bcrypt string
        return false;
      }
    }
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return false;
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int parallelism = Integer.parseInt(m.group(3));
    if (memory > 4 * 1024 * 1024 || iterations < 1 || parallelism < 1 || parallelism > 16 || memory < 8 * parallelism) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] expected = Base64.getDecoder().decode(m.group(5));
    if (salt.length < 8) {
      return false;
    }
    byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether a stored hash should be replaced by a new one at the next sign-in: bcrypt hashes are. */
  public boolean isOutdated(String stored) {
    return stored != null && stored.startsWith("$2");
  }

  private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib).withIterations(iterations)
        .withParallelism(parallelism).withSalt(salt).build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      byte[] out = new byte[length];
      generator.generateBytes(bytes, out);
      return out;
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }
}
