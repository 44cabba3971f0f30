// Imitates OpenCvSharp4.Extensions 4.13.0.20260627 (assembly OpenCvSharp.Extensions.dll), and the same converter as
// OpenCvSharp5 names it, in namespace OpenCvSharp.GdipExtensions.
// Source: shimat/opencvsharp src/OpenCvSharp.Extensions/BitmapConverter.cs (4.13.0.20260627); OpenCvSharp5 ships the
// same converter in the OpenCvSharp5.GdipExtensions package (its migration guide).
using System.Drawing;
using System.Drawing.Imaging;

namespace OpenCvSharp.Extensions
{
    public static class BitmapConverter
    {
        public static Bitmap ToBitmap(this Mat src) => throw null!;
        public static Bitmap ToBitmap(this Mat src, PixelFormat pf) => throw null!;
        public static void ToBitmap(this Mat src, Bitmap dst) => throw null!;
        public static Mat ToMat(this Bitmap src) => throw null!;
    }
}

namespace OpenCvSharp.GdipExtensions
{
    public static class BitmapConverter
    {
        public static Bitmap ToBitmap(this Mat src) => throw null!;
        public static Mat ToMat(this Bitmap src) => throw null!;
    }
}
