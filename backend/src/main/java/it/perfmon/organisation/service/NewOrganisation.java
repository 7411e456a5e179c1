package it.perfmon.organisation.service;

/** An organisation to create, with its first administrator's account. */
public record NewOrganisation(String code, String name, Boolean publicRead, String username, String displayName,
        String password, String email) {

    @Override
    public String toString() {
        return "NewOrganisation[code=" + code + ", username=" + username + "]";
    }
}
