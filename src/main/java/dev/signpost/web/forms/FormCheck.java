package dev.signpost.web.forms;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a form record's Bean Validation constraints and gives one message per field, in the order of the record's
 * components: where a field breaks several rules, the rule written first on it speaks (a missing title is reported as
 * missing, not also as too short). Rules that need more than the field itself (today's date, the SIGs that exist) stay
 * in the form's own {@code checked} method, which starts from these problems.
 *
 * <p>The validator is Hibernate Validator bootstrapped on its own with parameter interpolation only (no expression
 * language: a typed value quoted in a message is never evaluated), so a form is checked the same way by a resource, an
 * API and a plain unit test.
 */
public final class FormCheck {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private FormCheck() {
    }

    /** What is wrong with {@code form}, by field name, one message per field, in the order of its components. */
    public static <R extends Record> Map<String, String> problems(R form) {
        Set<ConstraintViolation<R>> violations = VALIDATOR.validate(form);
        Map<String, String> found = new LinkedHashMap<>();
        if (violations.isEmpty()) {
            return found;
        }
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            List<Class<? extends Annotation>> rules = rulesOf(form.getClass(), component.getName());
            violations.stream()
                    .filter(v -> v.getPropertyPath().toString().equals(component.getName()))
                    .min((a, b) -> Integer.compare(rank(rules, a), rank(rules, b)))
                    .ifPresent(v -> found.put(component.getName(), v.getMessage()));
        }
        return found;
    }

    private static List<Class<? extends Annotation>> rulesOf(Class<?> type, String field) {
        try {
            return Arrays.stream(type.getDeclaredField(field).getDeclaredAnnotations()).<Class<? extends Annotation>>map(Annotation::annotationType).toList();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record component without its field: " + field, e);
        }
    }

    private static int rank(List<Class<? extends Annotation>> rules, ConstraintViolation<?> violation) {
        int at = rules.indexOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
