package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The top navigation groups the admin pages and the economics pages under native disclosure menus. */
@QuarkusTest
class NavigationMenuTest {
    private static final Pattern MENU = Pattern.compile("<details class=\"navmenu\">\\s*<summary([^>]*)>([^<]*)</summary>(.*?)</details>",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"([^>]*)>");

    /** A menu of the main navigation: whether its summary is highlighted, its links and the current one. */
    record Menu(boolean active, List<String> hrefs, List<String> current) {
    }

    private static String nav(String path) {
        String page = given().get(path).then().statusCode(200).extract().asString();
        return page.substring(page.indexOf("<nav class=\"mainnav\""), page.indexOf("</nav>"));
    }

    private static Menu menu(String nav, String label) {
        Matcher m = MENU.matcher(nav);
        while (m.find()) {
            if (m.group(2).strip().equals(label)) {
                List<String> hrefs = LINK.matcher(m.group(3)).results().map(r -> r.group(1)).toList();
                List<String> current = LINK.matcher(m.group(3)).results()
                        .filter(r -> r.group(2).contains("aria-current=\"page\"") && r.group(2).contains("active"))
                        .map(r -> r.group(1)).toList();
                return new Menu(m.group(1).contains("active"), hrefs, current);
            }
        }
        return null;
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldGroupTheAdminLinksAndMarkTheCurrentOneAndItsMenu() {
        String nav = nav("/admin/gate-policies");
        Menu admin = menu(nav, "Admin");
        assertThat(admin).isNotNull();
        assertThat(admin.hrefs()).containsExactly("/admin/scoring-models", "/admin/gate-policies", "/admin/screening-lists",
                "/admin/webhooks", "/admin/users", "/admin/login-throttles");
        assertThat(admin.active()).isTrue();
        assertThat(admin.current()).containsExactly("/admin/gate-policies");
        assertThat(nav.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(menu(nav, "Economics").active()).isFalse();
        assertThat(nav.split("href=\"/admin/", -1)).hasSize(7);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldShowNoAdminMenuToOtherRolesButTheEconomicsMenu() {
        String nav = nav("/economics/portfolio");
        assertThat(menu(nav, "Admin")).isNull();
        assertThat(nav).doesNotContain("href=\"/admin/");
        Menu economics = menu(nav, "Economics");
        assertThat(economics.active()).isTrue();
        assertThat(economics.hrefs()).containsExactly("/safeguards", "/economics/portfolio", "/economics/estimate");
        assertThat(economics.current()).containsExactly("/economics/portfolio");
    }
}
