package uk.nhs.aqp.core.compare;

/**
 * One commissioner's local version of a national pack, as a comparison shows it.
 *
 * @param commissionerId the commissioner's id (its folder under {@code packs/local/})
 * @param commissionerName the commissioner's name
 * @param pack the local pack's key in the bundle: {@code local/<commissioner>/<pack-id>}
 * @param differing how many figures of the comparison it sets differently from the national pack
 * @param differsMost whether no other version differs in more figures (and it differs in one at least)
 */
public record Version(String commissionerId, String commissionerName, String pack, int differing,
        boolean differsMost) {
}
