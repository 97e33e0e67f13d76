package cn.quzhou.stations.application;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One member of the station's expert team (进站专家团队); a row left blank is ignored, a row with anything in it needs
 * the expert's name (the column is required: without this check the form was lost to the database's refusal).
 */
@ExpertMember.Named
public record ExpertMember(@Size(max = 50) String name, @Size(max = 100) String title, @Size(max = 100) String field,
                           @Size(max = 200) String organisation, @Min(value = 0, message = "{application.validation.plannedDays}")
                           @Max(value = 366, message = "{application.validation.plannedDays}") Integer plannedDays) {

    public boolean blank() {
        return isBlank(name) && isBlank(title) && isBlank(field) && isBlank(organisation) && plannedDays == null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A row that is not blank has a name; the refusal is reported at the row's name. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NamedRow.class)
    public @interface Named {
        String message() default "{application.validation.expertName}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class NamedRow implements ConstraintValidator<Named, ExpertMember> {
        @Override
        public boolean isValid(ExpertMember row, ConstraintValidatorContext context) {
            if (row == null || row.blank() || !isBlank(row.name())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("name").addConstraintViolation();
            return false;
        }
    }
}
