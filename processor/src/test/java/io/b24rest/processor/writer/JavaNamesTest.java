package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void memberNamesAreLowerCamelAndEscaped() {
    assertThat(JavaNames.member("MEMBER_HEAD")).isEqualTo("memberHead");
    assertThat(JavaNames.member("dialogId")).isEqualTo("dialogId");
    assertThat(JavaNames.member("ID")).isEqualTo("id");
    assertThat(JavaNames.member("date_start")).isEqualTo("dateStart");
    assertThat(JavaNames.member("UF_CRM_1")).isEqualTo("ufCrm1");
    assertThat(JavaNames.member("class")).isEqualTo("class_");
    assertThat(JavaNames.member("hashCode")).isEqualTo("hashCode_");
    assertThat(JavaNames.member("1st")).isEqualTo("_1st");
    assertThat(JavaNames.member("field.list")).isEqualTo("fieldList");
  }

  @Test
  void typeNamesAreUpperCamel() {
    assertThat(JavaNames.upperCamel("MEMBER_HEAD")).isEqualTo("MemberHead");
    assertThat(JavaNames.upperCamel("node.communication")).isEqualTo("NodeCommunication");
    assertThat(JavaNames.upperCamel("type")).isEqualTo("Type");
  }

  @Test
  void constantsAreUpperSnake() {
    assertThat(JavaNames.constant("CHAT")).isEqualTo("CHAT");
    assertThat(JavaNames.constant("inProgress")).isEqualTo("IN_PROGRESS");
    assertThat(JavaNames.constant("dark-red")).isEqualTo("DARK_RED");
    assertThat(JavaNames.constant("#8474c8")).isEqualTo("_8474C8");
    assertThat(JavaNames.constant("1")).isEqualTo("_1");
    assertThat(JavaNames.constant("")).isEqualTo("VALUE");
  }

  @Test
  void packageSegmentsAreLowerCase() {
    assertThat(JavaNames.packageSegment("humanresources")).isEqualTo("humanresources");
    assertThat(JavaNames.packageSegment("im-open")).isEqualTo("im_open");
  }
}
