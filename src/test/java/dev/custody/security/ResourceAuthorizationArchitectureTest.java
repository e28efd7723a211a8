package dev.custody.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint declares who may call it, on the method or on its class. */
class ResourceAuthorizationArchitectureTest {
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);
    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.custody");

    @Test
    void everyEndpointDeclaresItsRoles() {
        methods().that(areEndpoints()).should(declareWhoMayCallThem()).check(classes);
    }

    @Test
    void theRuleFindsTheEndpoints() {
        long endpoints = classes.stream().flatMap(c -> c.getMethods().stream()).filter(areEndpoints()::test).count();
        org.assertj.core.api.Assertions.assertThat(endpoints).as("endpoints seen by the rule").isGreaterThan(10);
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe("are HTTP endpoints",
                method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll, @Authenticated or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = SECURITY.stream().anyMatch(a -> method.isAnnotatedWith(a)
                        || method.getOwner().isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(method, declared,
                        method.getFullName() + (declared ? " declares its roles" : " does not declare who may call it")));
            }
        };
    }
}
