package org.plandesk.library;

/**
 * A library of the network PlanDesk serves: the installation's own library, a central library
 * (county, region, methodological centre) or one of its members. Each is a Camunda tenant of the
 * same id as its code; its staff are the tenant's members.
 *
 * @param code its code: the letters A–Z and digits, beginning with a letter, 2 to 20 characters
 *     (also the tenant id, so no other characters: Camunda's ids are letters and digits)
 * @param name its name as the library writes it, in its own language
 * @param language the language it works in (en, hu, lt, sv, ru, uk)
 * @param parentCode the library whose network it belongs to, or null for a network's root
 */
public record Library(String code, String name, String language, String parentCode) {

  /** Whether it heads a network of its own (no central library above it). */
  public boolean root() {
    return parentCode == null;
  }
}
