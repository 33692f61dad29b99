using System.Buffers.Binary;
using System.IO.Compression;

namespace Knowledge.Tests.Support;

/// <summary>
/// A decoded PNG, enough to check screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium writes).
/// Pixels are 0xRRGGBB, alpha dropped.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, int[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Row-major 0xRRGGBB values.</summary>
    public int[] Pixels { get; }

    /// <summary>The pixel at (x, y).</summary>
    public int this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Reads only the header's size, for any PNG.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Decodes a PNG file's bytes.</summary>
    public static PngImage Decode(byte[] png)
    {
        var (width, height) = ReadSize(png);
        int depth = 0, colour = 0, interlace = 0;
        using var idat = new MemoryStream();
        int at = 8;
        while (at + 8 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                depth = body[8];
                colour = body[9];
                interlace = body[12];
            }
            else if (type == "IDAT") idat.Write(body);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        if (depth != 8 || (colour != 2 && colour != 6) || interlace != 0)
            throw new NotSupportedException($"PNG with bit depth {depth}, colour type {colour}, interlace {interlace}");
        int bpp = colour == 6 ? 4 : 3, stride = width * bpp;
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new byte[(stride + 1) * height];
        z.ReadExactly(raw);

        var prev = new byte[stride];
        var row = new byte[stride];
        var pixels = new int[width * height];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            Array.Copy(raw, y * (stride + 1) + 1, row, 0, stride);
            Unfilter(filter, row, prev, bpp);
            for (int x = 0; x < width; x++)
                pixels[y * width + x] = row[x * bpp] << 16 | row[x * bpp + 1] << 8 | row[x * bpp + 2];
            (prev, row) = (row, prev);
        }
        return new PngImage(width, height, pixels);
    }

    private static void Unfilter(int filter, byte[] row, byte[] prev, int bpp)
    {
        for (int i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
            int add = filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => Paeth(a, b, c),
                _ => throw new InvalidDataException("bad PNG filter " + filter),
            };
            row[i] = (byte)(row[i] + add);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
