// Imitates OpenCvSharp4.Extensions 4.13.0.20260627 (assembly OpenCvSharp.Extensions.dll): the System.Drawing converter.
// Source: shimat/opencvsharp src/OpenCvSharp.Extensions/BitmapConverter.cs (4.13.0.20260627): ToBitmap(this Mat src),
// ToBitmap(this Mat src, PixelFormat pf), ToBitmap(this Mat src, Bitmap dst), ToMat(this Bitmap src).
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
