// Imitates Emgu.CV.Bitmap 4.13.0 (assembly Emgu.CV.Bitmap.dll): the System.Drawing bridge lives in its own package.
// Source: emgucv/emgucv Emgu.CV.Bitmap/BitmapExtension.cs (4.x): ToBitmap(this Mat mat, bool tryDataSharing = false).
using System.Drawing;

namespace Emgu.CV
{
    public static class BitmapExtension
    {
        public static Bitmap ToBitmap(this Mat mat, bool tryDataSharing = false) => throw null!;
    }
}
