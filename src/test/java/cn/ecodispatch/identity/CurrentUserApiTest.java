package cn.ecodispatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/** The pages ask who is signed in to offer only what the person may do. */
@EcoDispatchTest
class CurrentUserApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void a_reporter_is_staff_of_their_unit_and_not_the_office() {
        JsonNode me = rest.withBasicAuth("daying-reporter", "demo").getForObject("/api/me", JsonNode.class);

        assertThat(me.get("userId").asText()).isEqualTo("daying-reporter");
        assertThat(me.get("unitName").asText()).isEqualTo("大营镇");
        assertThat(me.get("office").asBoolean()).isFalse();
        assertThat(me.get("supervisor").asBoolean()).isFalse();
    }

    @Test
    void the_office_belongs_to_no_unit_and_may_record_figures() {
        JsonNode me = rest.withBasicAuth("office1", "demo").getForObject("/api/me", JsonNode.class);

        assertThat(me.get("office").asBoolean()).isTrue();
        assertThat(me.get("unitCode").isNull()).isTrue();
    }

    @Test
    void nobody_anonymous_is_told_anything() {
        assertThat(rest.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
