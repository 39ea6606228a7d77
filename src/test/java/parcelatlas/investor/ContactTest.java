package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.BadInput;

/** The contact rule on its own: what is accepted, in which stored form, and what is refused naming the field. */
class ContactTest {
  @Test
  void phones_and_e_mail_addresses_are_kept_in_one_form() {
    Map<String, String> cases = Map.of(
        "13800000000", "13800000000",
        "+86 138 0000 0000", "13800000000",
        "0086-19912345678", "19912345678",
        "010-62345678", "010-62345678",
        "(0571) 8888 666", "0571-8888666",
        "021 6234 5678 转 801", "021-62345678-801",
        "0512-66881234 ext. 9", "0512-66881234-9",
        "Wang.Li+atlas@Mail.Example.CN", "Wang.Li+atlas@mail.example.cn");
    cases.forEach((sent, kept) -> assertEquals(kept, Contact.normalize("contact", sent), sent));
  }

  @Test
  void anything_else_is_refused_naming_the_field() {
    for (String bad : List.of("", "abc", "12345", "12800000000", "1380000000", "138000000001", "138 0000 0000 转 1",
        "010-1234567", "010-2345678", "0571-0888666", "0571-18888666", "021-62345678 转 1234567", "wang@", "@example.com",
        "wang@example", "wang..li@example.com", ".wang@example.com", "wang@-example.com", "wang li@example.com",
        "微信 wangli", "QQ 12345678")) {
      BadInput refused = assertThrows(BadInput.class, () -> Contact.normalize("contact", bad), bad);
      assertEquals("ContactNotPhoneOrEmail", refused.code(), bad);
      assertEquals("contact", refused.params().get("field"), bad);
    }
  }
}
