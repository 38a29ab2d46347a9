package dev.hardening.bizagi.rules;

/**
 * The thresholds the rules hold the configuration to; {@link #GUIDE} carries the values of Bizagi's
 * hardening guide.
 *
 * @param maxSessionMinutes the longest idle session allowed, in minutes
 * @param maxFailedLogins the most failed logons before an account locks
 * @param maxPasswordAgeDays the longest a password may live, in days
 * @param minPasswordLength the shortest password allowed
 */
public record Policy(int maxSessionMinutes, int maxFailedLogins, int maxPasswordAgeDays, int minPasswordLength) {

    /** The hardening guide's values: 5 minutes, 3 failed logons, 30 days, 8 characters. */
    public static final Policy GUIDE = new Policy(5, 3, 30, 8);

    public Policy {
        requirePositive("maxSessionMinutes", maxSessionMinutes);
        requirePositive("maxFailedLogins", maxFailedLogins);
        requirePositive("maxPasswordAgeDays", maxPasswordAgeDays);
        requirePositive("minPasswordLength", minPasswordLength);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
