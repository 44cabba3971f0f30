using System.Diagnostics.CodeAnalysis;

namespace SuppressionReview;

/// <summary>
/// Two suppressions a reviewer cannot check, because neither says why: each gets LEAI006. The code fix (or
/// 'dotnet format analyzers --diagnostics LEAI006') writes the place for the reason; a person writes the reason.
/// </summary>
public static class PlateReader
{
    [SuppressMessage("AIPolicy", "LEAI001:Camera imagery sent to Azure OpenAI vision by or for US police")]
    public static string ReadPlate(byte[] jpeg) => jpeg.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int CountFrames(byte[][] frames)
    {
#pragma warning disable LEAI002
        return frames.Length;
#pragma warning restore LEAI002
    }

    [SuppressMessage("AIPolicy", "LEAI001", Justification = "Plate reading only, no faces; reviewed by J. Doe (SEC-1234).")]
    public static string Reviewed(byte[] jpeg) => ReadPlate(jpeg);
}
