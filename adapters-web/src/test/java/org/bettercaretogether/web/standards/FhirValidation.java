package org.bettercaretogether.web.standards;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's validator for R4 over a JSON resource: HAPI's parser reads it strictly (an unknown element, a value of
 * the wrong type or a malformed id is an error), then its {@link FhirValidator} checks it against FHIR R4's official
 * XML schemas (cardinality, types, order) and Schematron rules (the invariants of each resource and data type), both
 * from {@code hapi-fhir-validation-resources-r4}. HAPI's profile-based instance validator (its
 * {@code hapi-fhir-validation} module) is not used: that module cannot be resolved for the build.
 */
final class FhirValidation {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = validator();

    private FhirValidation() {
    }

    /** Every error and fatal message about {@code json}, each with where it is; nothing when it is valid. */
    static List<String> errors(String json) {
        IBaseResource resource;
        try {
            resource = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(json);
        } catch (DataFormatException unreadable) {
            return List.of("not read by the strict parser: " + unreadable.getMessage());
        }
        List<String> errors = new ArrayList<>();
        VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .forEach(message -> errors.add(message.getSeverity() + " at " + message.getLocationString() + ": "
                        + message.getMessage()));
        return errors;
    }

    private static FhirValidator validator() {
        FhirValidator validator = R4.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(true);
        return validator;
    }
}
