namespace DefenceTies.Model;

/// <summary>How the invitee answered an invitation, as the source states it; no response is assumed where none is stated.</summary>
public enum InvitationResponse
{
    /// <summary>The invitee accepted. Example: "Japan accepted the invitation".</summary>
    Accepted,

    /// <summary>The invitee declined. Example: "Hanoi turned down the invitation".</summary>
    Declined,
}
