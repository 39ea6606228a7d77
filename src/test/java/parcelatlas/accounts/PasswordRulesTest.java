package parcelatlas.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static void refused(String password, String rule) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PasswordRules.check("zhang.wei", password.toCharArray()), password);
    assertTrue(e.getMessage().startsWith("password: ") && e.getMessage().contains(rule), password + ": " + e.getMessage());
  }

  @Test
  void common_passwords_are_refused_also_with_digits_or_punctuation_added() {
    for (String common : new String[] {"qq123456789", "Welcome123!", "0000000000", "qwertyuiop", "woaini1314", "Password2024!",
        "iloveyou123", "1qaz2wsx3edc", "woaini5201314", "!!Dragon2026", "qazwsxedcrfv", "P@ssw0rd123"}) {
      refused(common, "most common passwords");
    }
  }

  @Test
  void a_password_containing_the_user_name_is_refused_in_any_case() {
    refused("my name is Zhang.Wei", "user name");
    refused("ZHANG.WEI-2026-lab", "user name");
  }

  @Test
  void repeated_characters_patterns_and_runs_are_refused() {
    for (String simple : new String[] {"aaaaaaaaaaaa", "3434343434", "abcabcabcabc", "abcdefghijk", "3456789012",
        "8765432109", "zyxwvutsrqp", "我我我我我我我我我我"}) {
      refused(simple, "repeated, or a run");
    }
  }

  @Test
  void length_is_bounded_on_both_sides_with_a_message() {
    refused("short one", "at least 10 characters");
    refused("x".repeat(60) + "y".repeat(69), "at most 128 characters");
    assertDoesNotThrow(() -> PasswordRules.check("zhang.wei", ("a long passphrase with words " + "z".repeat(99)).toCharArray()));
  }

  @Test
  void control_characters_are_refused() {
    refused("east lake\u0000weekly", "control");
    refused("east lake\u202eweekly", "control");
  }

  @Test
  void ordinary_passphrases_pass() {
    for (String fine : new String[] {"east lake weekly report", "correct horse battery staple", "青岚市东湖街道征收进度",
        "Tr0ub4dor&3 of Qinglan", "planning bureau staff"}) {
      assertDoesNotThrow(() -> PasswordRules.check("zhang.wei", fine.toCharArray()), fine);
    }
  }
}
