package com.jetops.command.identity;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A captcha image drawn from built-in 5x7 glyphs: servers are headless and may have no fonts,
 * so no text rendering is used, only pixels and lines. Characters that look alike are left out.
 */
final class CaptchaImage {
    static final String ALPHABET = "ACDEFHJKLMNPRTUVWXY3479";
    private static final int WIDTH = 220;
    private static final int HEIGHT = 70;
    private static final int SCALE = 4;

    /** Each glyph: seven rows of five bits, top row first. */
    private static final Map<Character, int[]> GLYPHS = Map.ofEntries(
            Map.entry('A', new int[] {0b01110, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001}),
            Map.entry('C', new int[] {0b01110, 0b10001, 0b10000, 0b10000, 0b10000, 0b10001, 0b01110}),
            Map.entry('D', new int[] {0b11110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b11110}),
            Map.entry('E', new int[] {0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b11111}),
            Map.entry('F', new int[] {0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b10000}),
            Map.entry('H', new int[] {0b10001, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001}),
            Map.entry('J', new int[] {0b00111, 0b00010, 0b00010, 0b00010, 0b00010, 0b10010, 0b01100}),
            Map.entry('K', new int[] {0b10001, 0b10010, 0b10100, 0b11000, 0b10100, 0b10010, 0b10001}),
            Map.entry('L', new int[] {0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b11111}),
            Map.entry('M', new int[] {0b10001, 0b11011, 0b10101, 0b10101, 0b10001, 0b10001, 0b10001}),
            Map.entry('N', new int[] {0b10001, 0b11001, 0b10101, 0b10011, 0b10001, 0b10001, 0b10001}),
            Map.entry('P', new int[] {0b11110, 0b10001, 0b10001, 0b11110, 0b10000, 0b10000, 0b10000}),
            Map.entry('R', new int[] {0b11110, 0b10001, 0b10001, 0b11110, 0b10100, 0b10010, 0b10001}),
            Map.entry('T', new int[] {0b11111, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100}),
            Map.entry('U', new int[] {0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110}),
            Map.entry('V', new int[] {0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01010, 0b00100}),
            Map.entry('W', new int[] {0b10001, 0b10001, 0b10001, 0b10101, 0b10101, 0b10101, 0b01010}),
            Map.entry('X', new int[] {0b10001, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b10001}),
            Map.entry('Y', new int[] {0b10001, 0b10001, 0b01010, 0b00100, 0b00100, 0b00100, 0b00100}),
            Map.entry('3', new int[] {0b11110, 0b00001, 0b00001, 0b01110, 0b00001, 0b00001, 0b11110}),
            Map.entry('4', new int[] {0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010}),
            Map.entry('7', new int[] {0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000}),
            Map.entry('9', new int[] {0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100}));

    private CaptchaImage() {
    }

    static String randomText(RandomGenerator random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static byte[] png(String text, RandomGenerator random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4F1EA));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int x = 12;
        for (char c : text.toCharArray()) {
            int[] glyph = GLYPHS.get(c);
            if (glyph == null) {
                throw new IllegalArgumentException("no glyph for " + c);
            }
            int top = 14 + random.nextInt(14);
            Color ink = new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100));
            g.setColor(ink);
            for (int row = 0; row < 7; row++) {
                for (int column = 0; column < 5; column++) {
                    if ((glyph[row] >> (4 - column) & 1) == 1) {
                        // A little shear per row makes the glyphs irregular without fonts.
                        g.fillRect(x + column * SCALE + row / 3, top + row * SCALE, SCALE, SCALE);
                    }
                }
            }
            x += 5 * SCALE + 8 + random.nextInt(6);
        }
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(160), random.nextInt(160), random.nextInt(160)));
            g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        }
        for (int i = 0; i < 600; i++) {
            image.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(0x1000000));
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
