package dev.custody.web.contract;

import io.smallrye.openapi.api.OperationIdGenerator;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

/**
 * The operationId of every API operation (quarkus.smallrye-openapi.operation-id-strategy names this class): the
 * resource's noun and the Java method, e.g. OrganizationResource.list -> organizationList. Unique because a resource
 * class has one method per name; a generated client gets readable method names from it.
 */
public class OperationIds implements OperationIdGenerator {
    private static final String SUFFIX = "Resource";

    @Override
    public String generateOperationId(ClassInfo resource, MethodInfo method) {
        return of(resource.simpleName(), method.name());
    }

    static String of(String className, String methodName) {
        String noun = className.endsWith(SUFFIX) && className.length() > SUFFIX.length()
                ? className.substring(0, className.length() - SUFFIX.length()) : className;
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1)
                + Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    }
}
