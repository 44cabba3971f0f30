// Imitates OpenCvSharp5.GdipExtensions 5.0.0 (assembly OpenCvSharp.GdipExtensions.dll), as of OpenCvSharp5 5.0.0.20260702 on
// nuget.org (the GdipExtensions package's own build number not confirmed): OpenCvSharp5's System.Drawing converter,
// the same class as OpenCvSharp4.Extensions' in namespace OpenCvSharp.GdipExtensions.
// Source: shimat/opencvsharp src/OpenCvSharp.GdipExtensions/OpenCvSharp.GdipExtensions.csproj (AssemblyName
// OpenCvSharp.GdipExtensions, PackageId OpenCvSharp5.GdipExtensions) and src/OpenCvSharp.GdipExtensions/BitmapConverter.cs
// (ToMat(this Bitmap src), ToMat(this Bitmap src, Mat dst), ToBitmap(this Mat src), ToBitmap(this Mat src, PixelFormat pf),
// ToBitmap(this Mat src, Bitmap dst)). Compiled against OpenCvSharp4's Mat, which has the same full name.
using System.Drawing;
using System.Drawing.Imaging;

namespace OpenCvSharp.GdipExtensions
{
    public static class BitmapConverter
    {
        public static Bitmap ToBitmap(this Mat src) => throw null!;
        public static Bitmap ToBitmap(this Mat src, PixelFormat pf) => throw null!;
        public static void ToBitmap(this Mat src, Bitmap dst) => throw null!;
        public static Mat ToMat(this Bitmap src) => throw null!;
        public static void ToMat(this Bitmap src, Mat dst) => throw null!;
    }
}
