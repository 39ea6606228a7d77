package parcelatlas.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher cheap = new PasswordHasher(4);

  @Test
  void new_hashes_are_argon2id_phc_strings_that_match_only_their_password() {
    String hash = cheap.hash("a long enough secret".toCharArray());
    assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=76,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    assertTrue(cheap.matches(hash, "a long enough secret".toCharArray()));
    assertFalse(cheap.matches(hash, "a long enough secreT".toCharArray()));
    assertFalse(hash.equals(cheap.hash("a long enough secret".toCharArray())), "a fresh salt each time");
    assertFalse(cheap.isOutdated(hash));
  }

  @Test
  void the_standard_cost_is_owasps_argon2id_parameters() {
    assertTrue(new PasswordHasher(12).hash("a long enough secret".toCharArray()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(17));
  }

  @Test
  void a_hash_from_the_reference_implementation_verifies() {
    // made with the Argon2 reference implementation's command-line tool (Debian package argon2):
    // echo -n "a reference passphrase" | argon2 saltsaltsalt1234 -id -t 2 -m 10 -p 1 -l 32 -e
    String reference = "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$hRl3qyKsV1AC+qRGn76Xwn+tq4U9MF8LRuf+F0uWmTA";
    assertTrue(cheap.matches(reference, "a reference passphrase".toCharArray()));
    assertFalse(cheap.matches(reference, "a reference passphrasE".toCharArray()));
  }

  @Test
  void no_byte_of_a_long_password_is_ignored() {
    String first72 = "上".repeat(24); // 72 bytes in UTF-8: all bcrypt ever read
    String hash = cheap.hash((first72 + " and the rest").toCharArray());
    assertTrue(cheap.matches(hash, (first72 + " and the rest").toCharArray()));
    assertFalse(cheap.matches(hash, (first72 + " and another rest").toCharArray()),
        "bcrypt truncated at 72 bytes and took this for the same password");
  }

  @Test
  void old_bcrypt_hashes_still_verify_and_are_outdated() {
    String bcrypt = OpenBSDBCrypt.generate("2b", "an old password".toCharArray(), new byte[16], 4);
    assertTrue(cheap.matches(bcrypt, "an old password".toCharArray()));
    assertFalse(cheap.matches(bcrypt, "an old passworD".toCharArray()));
    assertTrue(cheap.isOutdated(bcrypt));
  }

  @Test
  void malformed_or_extravagant_hashes_match_nothing() {
    for (String bad : new String[] {null, "", "$argon2id$", "$argon2i$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$hRl3qyKsV1AC+qRGn76Xwn+tq4U9MF8LRuf+F0uWmTA",
        "$argon2id$v=19$m=9999999,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$hRl3qyKsV1AC+qRGn76Xwn+tq4U9MF8LRuf+F0uWmTA",
        "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHRzYWx0MTIzNA$hRl3qyKsV1AC+qRGn76Xwn+tq4U9MF8LRuf+F0uWmTA", "$2b$04$garbage"}) {
      assertFalse(cheap.matches(bad, "a reference passphrase".toCharArray()), String.valueOf(bad));
    }
    assertEquals(false, cheap.isOutdated(null));
  }
}
