package dev.hardening.bizagi.rules;

/**
 * Where a rule's requirement comes from in Bizagi's hardening guide, which sorts its advice into three
 * levels; {@link #NONE} marks CIS and generic items that the guide does not ask for.
 */
public enum GuideLevel {
    /** Basic recommendations, now "Mandatory hardening part 1". */
    BASIC,
    /** Intermediate hardening, now "Mandatory hardening part 2". */
    INTERMEDIATE,
    /** Advanced recommendations, now "Recommended hardening". */
    ADVANCED,
    /** Not from Bizagi's guide. */
    NONE;

    /** Whether the guide makes the item mandatory (basic or intermediate). */
    public boolean mandatory() {
        return this == BASIC || this == INTERMEDIATE;
    }
}
