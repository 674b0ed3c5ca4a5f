package dk.ics.templates;

import java.util.Optional;

/**
 * Information from one partner in an investigation ({@code PARTNER_INFORMATION} and the roles in it).
 *
 * @param pointer     the JSON Pointer of the partner object
 * @param partnerType the kind of partner ({@code PARTNER_TYPE})
 * @param summary     what the partner said ({@code PARTNER_SUMMARY})
 */
public record PartnerInformation(String pointer, Optional<Bound<String>> partnerType,
        Optional<Bound<String>> summary) {
}
