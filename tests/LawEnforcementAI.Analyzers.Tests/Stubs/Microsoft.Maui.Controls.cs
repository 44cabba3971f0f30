// Imitates the tiny part of Microsoft.Maui.Controls.Core 9.0/10.0 (assembly Microsoft.Maui.Controls.dll) that
// CommunityToolkit.Maui.Camera derives from, so CameraView has its real base type in its real assembly.
// Source: dotnet/maui src/Controls/src/Core (BindableObject.cs, Element.cs, VisualElement.cs, View.cs), 9.0/10.0.
namespace Microsoft.Maui.Controls
{
    public abstract class BindableObject
    {
        public object? BindingContext { get; set; }
    }

    public abstract class Element : BindableObject
    {
    }

    public class VisualElement : Element
    {
        public bool IsVisible { get; set; }
    }

    public class View : VisualElement
    {
    }
}
