package org.kehu.platform.core.internal.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.kehu.platform.api.Actor;

/** The actor of a shell session: the logged-in console or SSH user with the roles of its JAAS subject. */
final class ShellActor {

    private ShellActor() {
    }

    @SuppressWarnings("removal")
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return new Actor("shell", Set.of("admin"), null);
        }
        String user = "shell";
        Set<String> roles = new LinkedHashSet<>();
        for (Principal p : subject.getPrincipals()) {
            String type = p.getClass().getSimpleName();
            if (type.equals("UserPrincipal")) {
                user = p.getName();
            } else if (type.equals("RolePrincipal")) {
                roles.add(p.getName());
            }
        }
        return new Actor(user, roles, null);
    }
}
