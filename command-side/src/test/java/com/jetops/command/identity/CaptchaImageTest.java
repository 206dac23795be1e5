package com.jetops.command.identity;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptchaImageTest {

    private static BufferedImage image(String text, long seed) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(CaptchaImage.png(text, new SplittableRandom(seed))));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void rendersAPngWithoutFonts() throws Exception {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = image("K7XWP3", 1);
        assertThat(image.getWidth()).isEqualTo(220);
        assertThat(image.getHeight()).isEqualTo(70);
    }

    @Test
    void differentTextsAndDifferentNoiseGiveDifferentImages() throws Exception {
        assertThat(Arrays.equals(pixels(image("K7XWP3", 1)), pixels(image("ACDEFH", 1)))).isFalse();
        assertThat(Arrays.equals(pixels(image("K7XWP3", 1)), pixels(image("K7XWP3", 2)))).isFalse();
    }

    @Test
    void textUsesOnlyCharactersThatCannotBeConfused() {
        String text = CaptchaImage.randomText(new SplittableRandom(7), 200);
        assertThat(text).hasSize(200).matches("[" + CaptchaImage.ALPHABET + "]+").doesNotContain("0", "O", "1", "I");
        assertThatThrownBy(() -> CaptchaImage.png("O0", new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
