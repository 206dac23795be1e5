package com.jetops.api.client;

import com.jetops.api.privacy.PersonalData;

/** A person to reach: the client's contact person or an emergency contact. */
public record Contact(@PersonalData String name, String relationship, @PersonalData String phone,
                      @PersonalData String email) {
}
