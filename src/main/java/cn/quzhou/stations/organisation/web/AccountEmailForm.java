package cn.quzhou.stations.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The e-mail address of an account, as the system administrator sets it on the account's page. */
record AccountEmailForm(@Email(message = "{validation.email}") @Size(max = 120) String email) {
}
