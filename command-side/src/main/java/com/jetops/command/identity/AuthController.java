package com.jetops.command.identity;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.platform.security.Caller;
import com.jetops.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

@RestController
@RequestMapping("/auth")
@Tag(name = "Authentication", description = "Sign in and out, token refresh, password change, captcha, TOTP")
class AuthController {
    private static final Pattern CAPTCHA_UID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Authentication authentication;
    private final Captchas captchas;

    AuthController(Authentication authentication, Captchas captchas) {
        this.authentication = authentication;
        this.captchas = captchas;
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with user name and password (and totpCode for Super Admin and Finance Manager; "
            + "captchaUid and captchaAnswer after 3 failures): a 15-minute access token and a refresh token")
    Authentication.Tokens login(@RequestBody Authentication.LoginRequest request, HttpServletRequest http) {
        Require.text(request.username(), "username", 254);
        Require.present(request.password(), "password");
        return authentication.login(request, http.getRemoteAddr());
    }

    record RefreshRequest(String refreshToken) {
    }

    @PostMapping("/refresh-token")
    @Operation(summary = "A new token pair for a refresh token, which is used up; presenting it again ends the session")
    Authentication.Tokens refresh(@RequestBody RefreshRequest request, HttpServletRequest http) {
        Require.text(request.refreshToken(), "refreshToken", 200);
        return authentication.refresh(request.refreshToken(), http.getRemoteAddr());
    }

    @GetMapping("/logout")
    @Operation(summary = "Ends this session: its refresh tokens stop working (the access token expires within 15 min)")
    ResponseEntity<Void> logout(HttpServletRequest http) {
        authentication.logout(caller(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: name, role, the subject they act for, whether TOTP is enrolled")
    UserAccounts.UserView me() {
        return authentication.me(caller());
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/change-password")
    @Operation(summary = "Changes the password (12+ characters, three kinds, not the user name, none of the last "
            + "five); other sessions end")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, HttpServletRequest http) {
        Require.present(change.currentPassword(), "currentPassword");
        Require.present(change.newPassword(), "newPassword");
        authentication.changePassword(caller(), change.currentPassword(), change.newPassword(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/captcha/{uid}", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A new image challenge for the uid the client chose (8-64 letters, digits, dashes); "
            + "valid for 2 minutes, checked once")
    ResponseEntity<Object> captcha(@PathVariable("uid") String uid) {
        if (!CAPTCHA_UID.matcher(uid).matches()) {
            return ProblemResponses.respondWith(new Refusal(ErrorCode.INVALID_VALUE, "uid",
                    "uid is 8 to 64 letters, digits or dashes, e.g. a UUID"));
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(captchas.challenge(uid));
    }

    @PostMapping("/totp/enrolment")
    @Operation(summary = "Starts enrolling an authenticator app: a secret and an otpauth:// URI to scan")
    Authentication.Enrolment startEnrolment() {
        return authentication.startTotpEnrolment(caller());
    }

    record Confirmation(String code) {
    }

    @PostMapping("/totp/enrolment/confirm")
    @Operation(summary = "Confirms the enrolment with a current code: a new token pair whose session has the second factor")
    Authentication.Tokens confirmEnrolment(@RequestBody Confirmation confirmation, HttpServletRequest http) {
        Require.text(confirmation.code(), "code", 6);
        return authentication.confirmTotpEnrolment(caller(), confirmation.code(), http.getRemoteAddr());
    }

    private static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("authorization let an anonymous call in"));
    }
}
