package dev.signpost.web.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A user name as identity providers issue them: 1 to 100 letters, digits and {@code . _ @ + -}. Empty is
 * {@link #required} (else refused with it); the message may quote the {@code {value}} typed.
 */
@Documented
@Constraint(validatedBy = UserName.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UserName {

    Pattern PATTERN = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");

    /** When nothing was typed; empty means an empty value is accepted. */
    String required() default "";

    String message() default "\"{value}\" is not a user name; user names have letters, digits and . _ @ + - only.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link UserName}. */
    final class Check implements ConstraintValidator<UserName, CharSequence> {

        private UserName rule;

        @Override
        public void initialize(UserName rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null || text.isEmpty()) {
                if (rule.required().isEmpty()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(rule.required()).addConstraintViolation();
                return false;
            }
            if (PATTERN.matcher(text).matches()) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", literal(text.toString()));
            return false;
        }

        /** The typed text with backslashes, braces and dollar signs escaped, so that the interpolator gives it back as typed. */
        private static String literal(String typed) {
            return typed.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
