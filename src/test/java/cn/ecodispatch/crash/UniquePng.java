package cn.ecodispatch.crash;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** A small valid PNG (about 3 KB of noise) whose bytes differ for every seed. */
final class UniquePng {

    private static final int SIDE = 32;

    private UniquePng() {
    }

    static byte[] of(long seed) {
        Random noise = new Random(seed);
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                image.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        // The seed itself in the first pixels: two seeds never share an image, whatever the noise.
        image.setRGB(0, 0, (int) (seed >>> 24) & 0xFFFFFF);
        image.setRGB(1, 0, (int) seed & 0xFFFFFF);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
